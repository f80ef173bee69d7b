package dev.trackboard.settings.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import java.util.List;

/** Which posts are announced (minimum likes) and how long post data is kept, with the API's ranges. */
final class SettingsLimitsSection extends SettingsSection {

    private final IntegerField minLikes = field("minLikes", new IntegerField());
    private final IntegerField retention = field("retentionDays", new IntegerField());

    SettingsLimitsSection() {
        minLikes.setLabel(getTranslation("settings.field.minLikes"));
        minLikes.setHelperText(getTranslation("settings.minLikes.help"));
        minLikes.setMin(0);
        minLikes.setMax(1_000_000);
        minLikes.setStepButtonsVisible(true);
        retention.setLabel(getTranslation("settings.field.retentionDays"));
        retention.setHelperText(getTranslation("settings.retention.help"));
        retention.setMin(7);
        retention.setMax(365);
        retention.setStepButtonsVisible(true);
        layOut("settings.section.limits", List.of(), minLikes, retention);
    }

    @Override
    void bind(Binder<SettingsForm> binder) {
        binder.forField(minLikes).asRequired(getTranslation("settings.validation.minLikes"))
                .withValidator(new IntegerRangeValidator(getTranslation("settings.validation.minLikes"), 0, 1_000_000))
                .bind(SettingsForm::getMinLikes, SettingsForm::setMinLikes);
        binder.forField(retention).asRequired(getTranslation("settings.validation.retentionDays"))
                .withValidator(new IntegerRangeValidator(getTranslation("settings.validation.retentionDays"), 7, 365))
                .bind(SettingsForm::getRetentionDays, SettingsForm::setRetentionDays);
    }
}
