package dev.trackboard.account.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.shared.Registration;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.preferences.Language;
import dev.trackboard.api.preferences.Preferences;
import dev.trackboard.api.preferences.Theme;
import dev.trackboard.base.ui.ShownPreferences;
import dev.trackboard.base.ui.UserTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Theme, time zone and language. Every change is saved at once (there is no save button; one save
 * at a time, the latest change waiting) and then shown in every tab of the user; a refused one puts
 * the field back and says why under it, one whose answer was lost shows what is saved once read again.
 */
class PreferencesForm extends Div {

    /** The combo box's item for "the browser's zone" (a combo box has no null item). */
    static final String BROWSER_ZONE = "";
    /** The API's field error codes this form has words for; any other is "could not save". */
    private static final Set<String> CODES = Set.of("UNKNOWN_THEME", "UNKNOWN_ZONE", "UNKNOWN_LANGUAGE", "REQUIRED",
            "WRONG_TYPE");

    private final AccountPreferences saving;
    private final RadioButtonGroup<Theme> theme = new RadioButtonGroup<>();
    private final ComboBox<String> zone = new ComboBox<>();
    private final Select<Language> language = new Select<>();
    private Preferences saved;
    private boolean showing;
    private Registration themeChanges;

    PreferencesForm(Preferences loaded, AccountPreferences saving) {
        this.saving = saving;
        this.saved = loaded;
        addClassName("tb-preferences-form");
        theme.setId("pref-theme");
        theme.setLabel(getTranslation("prefs.theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> getTranslation("prefs.theme." + t.name().toLowerCase(Locale.ROOT)));
        zone.setId("pref-zone");
        zone.setLabel(getTranslation("prefs.zone"));
        zone.setHelperText(getTranslation("prefs.zone.help"));
        List<String> zones = new ArrayList<>();
        zones.add(BROWSER_ZONE);
        ZoneId.getAvailableZoneIds().stream().sorted().forEach(zones::add);
        zone.setItems(zones);
        // the browser's zone may arrive after the first render: name it again then
        UserTime.whenKnown(this, () -> zone.setItemLabelGenerator(this::zoneLabel));
        language.setId("pref-language");
        language.setLabel(getTranslation("prefs.language"));
        language.setItems(Language.values());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("prefs.language.browser"));
        language.setItemLabelGenerator(l -> l == null ? getTranslation("prefs.language.browser") : nativeName(l));
        show(loaded);
        theme.addValueChangeListener(e -> changed(e, saved.withTheme(e.getValue())));
        zone.addValueChangeListener(e -> changed(e, saved.withTimeZone(
                e.getValue() == null || e.getValue().equals(BROWSER_ZONE) ? null : e.getValue())));
        language.addValueChangeListener(e -> changed(e, saved.withLanguage(e.getValue())));
        add(theme, zone, language);
    }

    /** A theme chosen elsewhere (the user menu, another tab) shows here too; nothing else re-renders for it. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        themeChanges = ComponentUtil.addListener(ui, ShownPreferences.ThemeChanged.class, changed -> {
            Theme shown = ShownPreferences.of(ui).theme();
            if (shown != saved.theme()) {
                saved = saved.withTheme(shown);
                show(saved);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (themeChanges != null) {
            themeChanges.remove();
            themeChanges = null;
        }
        super.onDetach(event);
    }

    /** A language is named in itself, so someone who cannot read the current one still finds theirs. */
    static String nativeName(Language language) {
        String name = language.locale().getDisplayLanguage(language.locale());
        return name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1);
    }

    private String zoneLabel(String id) {
        if (BROWSER_ZONE.equals(id)) {
            UI ui = UI.getCurrent();
            ZoneId browser = ui == null ? UserTime.FALLBACK_ZONE : UserTime.browserZoneOf(ui);
            return getTranslation("prefs.zone.browser", browser.equals(UserTime.FALLBACK_ZONE) ? "UTC" : browser.getId());
        }
        return id;
    }

    private void show(Preferences preferences) {
        showing = true;
        try {
            theme.setValue(preferences.theme());
            zone.setValue(preferences.timeZone() == null ? BROWSER_ZONE : preferences.timeZone());
            language.setValue(preferences.language());
        } finally {
            showing = false;
        }
    }

    private void changed(AbstractField.ComponentValueChangeEvent<?, ?> event, Preferences next) {
        if (showing || next.sameChoicesAs(saved)) {
            return;
        }
        clearErrors();
        saved = next; // a second change before the answer builds on this one
        saving.save(UI.getCurrent(), next, outcome); // shows a new theme at once
    }

    /** How the latest change ended; the form shows what the API holds and says so under what changed. */
    private final SaveOutcome outcome = new SaveOutcome() {
        @Override
        public void refused(TrackingApiException failure, Preferences kept) {
            List<HasValidationProperties> lost = differing(saved, kept);
            saved = kept;
            show(kept);
            if (failure instanceof TrackingApiException.InvalidRequest invalid && !invalid.fieldErrors().isEmpty()) {
                invalid.fieldErrors().forEach(error -> fieldError(field(error.field()), error.code()));
            } else {
                lost.forEach(field -> fieldError(field, null));
            }
        }

        @Override
        public void unconfirmed(Preferences kept) {
            differing(saved, kept).forEach(field -> message(field, "error.outcomeUnknown.rereading"));
        }

        @Override
        public void reread(Preferences current) {
            List<HasValidationProperties> lost = differing(saved, current);
            saved = current;
            show(current);
            clearErrors();
            lost.forEach(field -> message(field, "prefs.notSaved"));
        }
    };

    /** The fields whose choice differs between {@code a} and {@code b}. */
    private List<HasValidationProperties> differing(Preferences a, Preferences b) {
        List<HasValidationProperties> fields = new ArrayList<>();
        if (a.theme() != b.theme()) {
            fields.add(theme);
        }
        if (!Objects.equals(a.timeZone(), b.timeZone())) {
            fields.add(zone);
        }
        if (a.language() != b.language()) {
            fields.add(language);
        }
        return fields;
    }

    private HasValidationProperties field(String name) {
        return switch (name) {
            case "timeZone" -> zone;
            case "language" -> language;
            default -> theme;
        };
    }

    private void fieldError(HasValidationProperties target, String code) {
        message(target, code != null && CODES.contains(code) ? "prefs.error." + code : "prefs.saveFailed");
    }

    private void message(HasValidationProperties target, String key) {
        target.setInvalid(true);
        target.setErrorMessage(getTranslation(key));
    }

    private void clearErrors() {
        for (HasValidationProperties field : List.<HasValidationProperties>of(theme, zone, language)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
