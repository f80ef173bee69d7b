package dev.trackboard.embedded.exports;

import dev.trackboard.embedded.tracking.ExportableLists;

/** The rows one job writes: its list with its filters (a seam, so a test can stop a run halfway). */
interface ExportSource {

    long total();

    void forEach(ExportableLists.RowSink sink);

    /** The job's list, its filters parsed again as the list endpoint parses them. */
    static ExportSource of(ExportableLists lists, ExportJob job) {
        ExportableLists.Filters filters = lists.parse(job.type(), job.filters());
        return new ExportSource() {
            @Override
            public long total() {
                return lists.total(job.guildId(), filters);
            }

            @Override
            public void forEach(ExportableLists.RowSink sink) {
                lists.forEach(job.guildId(), filters, sink);
            }
        };
    }
}
