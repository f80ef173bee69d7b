package dev.trackboard.settings.ui;

import dev.trackboard.api.settings.Delivery;
import dev.trackboard.api.settings.SettingsDraft;
import dev.trackboard.api.tracking.Platform;
import java.time.LocalTime;
import java.util.Set;

/**
 * The editable copy of a guild's settings behind the screen's Binder: the loaded values stay as
 * they were until Save, so "changed?" is a comparison with them, and a conflict can tell mine from
 * theirs.
 */
final class SettingsForm {

    private boolean trackingEnabled;
    private String notificationChannelId;
    private String mentionRoleId;
    private boolean mentionEveryoneConfirmed;
    private Set<Platform> platforms = Set.of();
    private Delivery delivery;
    private LocalTime digestTime;
    private LocalTime quietHoursFrom;
    private LocalTime quietHoursTo;
    private String timeZone;
    private String messageTemplate;
    private Integer minLikes;
    private Integer retentionDays;

    static SettingsForm of(SettingsDraft draft) {
        SettingsForm form = new SettingsForm();
        form.trackingEnabled = draft.trackingEnabled();
        form.notificationChannelId = draft.notificationChannelId();
        form.mentionRoleId = draft.mentionRoleId();
        form.mentionEveryoneConfirmed = draft.mentionEveryoneConfirmed();
        form.platforms = draft.platforms();
        form.delivery = draft.delivery();
        form.digestTime = draft.digestTime();
        form.quietHoursFrom = draft.quietHoursFrom();
        form.quietHoursTo = draft.quietHoursTo();
        form.timeZone = draft.timeZone();
        form.messageTemplate = draft.messageTemplate();
        form.minLikes = draft.minLikes();
        form.retentionDays = draft.retentionDays();
        return form;
    }

    /** What is sent: a digest time only with a daily digest, the confirmation only with @everyone. */
    SettingsDraft draft(String everyoneRoleId) {
        boolean daily = delivery == Delivery.DAILY_DIGEST;
        boolean everyone = everyoneRoleId.equals(mentionRoleId);
        return new SettingsDraft(trackingEnabled, blankToNull(notificationChannelId), blankToNull(mentionRoleId),
                everyone && mentionEveryoneConfirmed, platforms, delivery, daily ? digestTime : null, quietHoursFrom,
                quietHoursTo, timeZone, messageTemplate == null ? "" : messageTemplate,
                minLikes == null ? 0 : minLikes, retentionDays == null ? 0 : retentionDays);
    }

    private static String blankToNull(String id) {
        return id == null || id.isBlank() ? null : id;
    }

    boolean isTrackingEnabled() { return trackingEnabled; }
    void setTrackingEnabled(boolean trackingEnabled) { this.trackingEnabled = trackingEnabled; }
    String getNotificationChannelId() { return notificationChannelId; }
    void setNotificationChannelId(String id) { this.notificationChannelId = id; }
    String getMentionRoleId() { return mentionRoleId; }
    void setMentionRoleId(String id) { this.mentionRoleId = id; }
    boolean isMentionEveryoneConfirmed() { return mentionEveryoneConfirmed; }
    void setMentionEveryoneConfirmed(boolean confirmed) { this.mentionEveryoneConfirmed = confirmed; }
    Set<Platform> getPlatforms() { return platforms; }
    void setPlatforms(Set<Platform> platforms) { this.platforms = platforms == null ? Set.of() : Set.copyOf(platforms); }
    Delivery getDelivery() { return delivery; }
    void setDelivery(Delivery delivery) { this.delivery = delivery; }
    LocalTime getDigestTime() { return digestTime; }
    void setDigestTime(LocalTime time) { this.digestTime = time; }
    LocalTime getQuietHoursFrom() { return quietHoursFrom; }
    void setQuietHoursFrom(LocalTime time) { this.quietHoursFrom = time; }
    LocalTime getQuietHoursTo() { return quietHoursTo; }
    void setQuietHoursTo(LocalTime time) { this.quietHoursTo = time; }
    String getTimeZone() { return timeZone; }
    void setTimeZone(String zone) { this.timeZone = zone; }
    String getMessageTemplate() { return messageTemplate; }
    void setMessageTemplate(String template) { this.messageTemplate = template; }
    Integer getMinLikes() { return minLikes; }
    void setMinLikes(Integer likes) { this.minLikes = likes; }
    Integer getRetentionDays() { return retentionDays; }
    void setRetentionDays(Integer days) { this.retentionDays = days; }
}
