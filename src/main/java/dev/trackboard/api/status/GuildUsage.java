package dev.trackboard.api.status;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Usage per UTC day (oldest first, today last) and the plan's monthly quota. */
public record GuildUsage(List<Day> days, Quota quota) implements Serializable {

    public record Day(LocalDate date, int postsTracked, int notificationsSent) implements Serializable { }

    /** Posts tracked in the current calendar month (UTC) against the plan's limit. */
    public record Quota(String period, long used, long limit, Instant resetsAt) implements Serializable {

        public double share() {
            return limit <= 0 ? 1 : (double) used / limit;
        }
    }
}
