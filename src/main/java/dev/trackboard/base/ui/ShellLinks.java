package dev.trackboard.base.ui;

import com.vaadin.flow.component.Component;

/**
 * The screens of other features that the shell and the public pages link to: the start page (the
 * guild picker) and the legal pages. base.ui sits below those features and may not name their
 * classes (ArchitectureTest), so they are handed in, as one bean made where every feature is known
 * ({@code dev.trackboard.ShellScreens}).
 */
public record ShellLinks(Class<? extends Component> home, Class<? extends Component> terms,
                         Class<? extends Component> privacy) {
}
