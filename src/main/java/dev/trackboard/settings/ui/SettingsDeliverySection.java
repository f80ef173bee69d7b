package dev.trackboard.settings.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import dev.trackboard.api.settings.Delivery;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * When notifications go out: at once or as a digest (a daily one at a time of day), quiet hours
 * (both ends or neither), and the guild's time zone, in which those times are meant.
 */
final class SettingsDeliverySection extends SettingsSection {

    private final RadioButtonGroup<Delivery> delivery = field("delivery", new RadioButtonGroup<>());
    private final TimePicker digestTime = field("digestTime", new TimePicker());
    private final TimePicker quietFrom = field("quietHoursFrom", new TimePicker());
    private final TimePicker quietTo = field("quietHoursTo", new TimePicker());
    private final ComboBox<String> timeZone = field("timeZone", new ComboBox<>());

    SettingsDeliverySection() {
        delivery.setLabel(getTranslation("settings.field.delivery"));
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("settings.delivery." + d.name()));
        digestTime.setLabel(getTranslation("settings.field.digestTime"));
        digestTime.setHelperText(getTranslation("settings.guildTime.help"));
        digestTime.setStep(Duration.ofMinutes(15));
        quietFrom.setLabel(getTranslation("settings.field.quietHoursFrom"));
        quietTo.setLabel(getTranslation("settings.field.quietHoursTo"));
        quietFrom.setHelperText(getTranslation("settings.quietHours.help"));
        quietFrom.setClearButtonVisible(true);
        quietTo.setClearButtonVisible(true);
        quietFrom.setStep(Duration.ofMinutes(15));
        quietTo.setStep(Duration.ofMinutes(15));
        timeZone.setLabel(getTranslation("settings.field.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        layOut("settings.section.delivery", List.of(delivery), delivery, digestTime, quietFrom, quietTo, timeZone);
    }

    @Override
    void bind(Binder<SettingsForm> binder) {
        binder.forField(delivery).asRequired(getTranslation("settings.validation.delivery"))
                .bind(SettingsForm::getDelivery, SettingsForm::setDelivery);
        var digestBinding = binder.forField(digestTime)
                .withValidator(time -> delivery.getValue() != Delivery.DAILY_DIGEST || time != null,
                        getTranslation("settings.validation.digestTime"))
                .bind(SettingsForm::getDigestTime, SettingsForm::setDigestTime);
        binder.forField(quietFrom).bind(SettingsForm::getQuietHoursFrom, SettingsForm::setQuietHoursFrom);
        var quietToBinding = binder.forField(quietTo)
                .withValidator(to -> (to == null) == (quietFrom.getValue() == null),
                        getTranslation("settings.validation.quietHoursBoth"))
                .withValidator(to -> to == null || !to.equals(quietFrom.getValue()),
                        getTranslation("settings.validation.quietHoursSame"))
                .bind(SettingsForm::getQuietHoursTo, SettingsForm::setQuietHoursTo);
        binder.forField(timeZone).asRequired(getTranslation("settings.validation.timeZone"))
                .bind(SettingsForm::getTimeZone, SettingsForm::setTimeZone);
        // a check that reads another field runs again when that field changes
        delivery.addValueChangeListener(e -> digestBinding.validate());
        quietFrom.addValueChangeListener(e -> quietToBinding.validate());
    }

    /** The digest time shows only for a daily digest. */
    void refresh() {
        digestTime.setVisible(delivery.getValue() == Delivery.DAILY_DIGEST);
    }
}
