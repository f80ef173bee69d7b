package dev.trackboard.api.guild;

import java.io.Serializable;

/** A guild channel as the bot sees it. */
public record Channel(String id, String name, Type type, String parentId, int position) implements Serializable {

    public enum Type { TEXT, ANNOUNCEMENT, VOICE, CATEGORY }
}
