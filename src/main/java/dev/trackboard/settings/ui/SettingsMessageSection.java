package dev.trackboard.settings.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The notification's text: the template with its placeholders (an unknown one is refused here
 * already; the API checks the length once they are filled) and a live preview as Discord shows it.
 */
final class SettingsMessageSection extends SettingsSection {

    private final TextArea template = field("messageTemplate", new TextArea());
    private final MessagePreview preview = new MessagePreview();

    SettingsMessageSection() {
        template.setLabel(getTranslation("settings.field.messageTemplate"));
        template.setHelperText(getTranslation("settings.template.help"));
        template.setValueChangeMode(ValueChangeMode.LAZY);
        template.setMaxLength(2_000);
        preview.addClassName("tb-settings-wide");
        layOut("settings.section.message", List.of(template, preview), template, preview);
    }

    @Override
    void bind(Binder<SettingsForm> binder) {
        binder.forField(template).asRequired(getTranslation("settings.validation.template"))
                .withValidator(new StringLengthValidator(getTranslation("settings.validation.templateLength"), 1, 2_000))
                .withValidator((text, context) -> unknownPlaceholder(text) == null ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("settings.validation.placeholder", unknownPlaceholder(text))))
                .bind(SettingsForm::getMessageTemplate, SettingsForm::setMessageTemplate);
    }

    /** The preview follows the template; {@code roleName} is the mention's, null for none. */
    void refresh(String roleName) {
        preview.show(template.getValue(), roleName);
    }

    static String unknownPlaceholder(String text) {
        if (text == null) {
            return null;
        }
        Matcher placeholder = MessagePreview.PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!MessagePreview.KNOWN.contains(placeholder.group(1))) {
                return placeholder.group();
            }
        }
        return null;
    }
}
