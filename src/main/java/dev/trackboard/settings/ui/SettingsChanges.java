package dev.trackboard.settings.ui;

import dev.trackboard.api.settings.SettingsDraft;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which settings differ between two versions, by the API's field names (the record components of
 * {@link SettingsDraft}), and the re-application of one admin's changes onto another's version: a
 * field I changed takes my value, every other field keeps theirs. Field by field, so a field both
 * changed ends up mine — the conflict dialog names those before the admin chooses.
 */
final class SettingsChanges {

    private static final RecordComponent[] FIELDS = SettingsDraft.class.getRecordComponents();

    private SettingsChanges() {
    }

    /** The fields whose values differ, in the draft's order. */
    static List<String> between(SettingsDraft before, SettingsDraft after) {
        return Stream.of(FIELDS).filter(field -> !Objects.equals(value(field, before), value(field, after)))
                .map(RecordComponent::getName).toList();
    }

    /** {@code theirs} with the fields I changed (from {@code base} to {@code mine}) set to my values. */
    static SettingsDraft reapply(SettingsDraft base, SettingsDraft mine, SettingsDraft theirs) {
        List<String> changedByMe = between(base, mine);
        Object[] values = Stream.of(FIELDS)
                .map(field -> value(field, changedByMe.contains(field.getName()) ? mine : theirs)).toArray();
        try {
            return SettingsDraft.class.getDeclaredConstructor(
                    Stream.of(FIELDS).map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SettingsDraft's canonical constructor", e);
        }
    }

    private static Object value(RecordComponent field, SettingsDraft draft) {
        try {
            return field.getAccessor().invoke(draft);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("SettingsDraft." + field.getName(), e);
        }
    }
}
