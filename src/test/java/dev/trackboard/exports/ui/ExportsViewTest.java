package dev.trackboard.exports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.trackboard.testing.Demo.ACME;
import static dev.trackboard.testing.Demo.NIMBUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.AccountStatus;
import dev.trackboard.api.tracking.Platform;
import dev.trackboard.api.tracking.PostQuery;
import dev.trackboard.api.tracking.TrackedBrand;
import dev.trackboard.tracking.TrackingService;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.exports.ExportFile;
import dev.trackboard.api.exports.ExportFormat;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportRequest;
import dev.trackboard.api.exports.ExportStatus;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.base.ui.NotFoundView;
import dev.trackboard.exports.ExportService;
import dev.trackboard.testing.Demo;
import dev.trackboard.testing.KaribuTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.servlet.ServletOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exports screen on the embedded app: Acme's jobs listed, a new export from the dialog, a double
 * click that starts one job, cancel, progress pushed to the open screen without a click, a brand
 * filter by the brand's name (or its id, saying why), bob kept out of Acme's jobs, and the download
 * handler relaying the file's bytes (and nothing to a user who may not open the guild). Jobs made up in the database are ended in {@link #endMadeUpJobs} so the
 * guild's running limit is free for the next test.
 */
class ExportsViewTest extends KaribuTest {

    private static final String SCREEN = "guilds/" + ACME + "/exports";
    private static final GuildId ACME_ID = new GuildId(ACME);

    @Autowired
    private ExportService exports;
    @Autowired
    private JdbcClient embeddedJdbcClient;
    @Autowired
    private TrackingService tracking;
    private final List<Long> madeUp = new ArrayList<>();

    @AfterEach
    void endMadeUpJobs() {
        madeUp.forEach(id -> embeddedJdbcClient.sql(
                "UPDATE api_export_job SET status = 'FAILED' WHERE id = ? AND status IN ('QUEUED', 'RUNNING')").param(id).update());
    }

    @Test
    void theListShowsTheGuildsJobs() {
        signIn("alice");
        ExportJob job = finished(exports.request(ACME_ID, brandsCsv(), exports.newRequestKey()));
        navigate(SCREEN);
        Div card = _get(Div.class, spec -> spec.withId("export-job-" + job.id()));
        assertThat(card.getElement().getTextRecursively()).contains("Brands · CSV", "Ready", "All rows", "Alice",
                "Rows" + job.rowsDone(), "Expires");
        assertThat(_find(Anchor.class, spec -> spec.withId("export-download-" + job.id()))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("export-cancel-" + job.id()))).isEmpty();
    }

    @Test
    void aNewExportFromTheDialogAppearsInTheList() {
        signIn("alice");
        navigate(SCREEN);
        int before = exports.jobs(ACME_ID).size();
        _click(_get(Button.class, spec -> spec.withId("export-new")));
        @SuppressWarnings("unchecked")
        Select<ExportType> type = _get(Select.class, spec -> spec.withId("export-type"));
        _setValue(type, ExportType.BRANDS);
        _click(_get(Button.class, spec -> spec.withId("export-start")));
        settle();
        assertThat(_find(Dialog.class, spec -> spec.withId("export-dialog"))).isEmpty();
        List<ExportJob> after = exports.jobs(ACME_ID);
        assertThat(after).hasSize(before + 1);
        ExportJob newest = after.getFirst();
        assertThat(newest.type()).isEqualTo(ExportType.BRANDS);
        assertThat(_find(Div.class, spec -> spec.withId("export-job-" + newest.id()))).hasSize(1);
        finished(newest);
    }

    @Test
    void aDoubleClickOnExportStartsOneJob() {
        signIn("alice");
        navigate(SCREEN);
        int before = exports.jobs(ACME_ID).size();
        _click(_get(Button.class, spec -> spec.withId("export-new")));
        @SuppressWarnings("unchecked")
        Select<ExportType> type = _get(Select.class, spec -> spec.withId("export-type"));
        _setValue(type, ExportType.BRANDS);
        Button export = _get(Button.class, spec -> spec.withId("export-start"));
        // both clicks reach the server, the second before the first's answer (as from a slow connection)
        ComponentUtil.fireEvent(export, new ClickEvent<>(export));
        ComponentUtil.fireEvent(export, new ClickEvent<>(export));
        settle();
        List<ExportJob> after = exports.jobs(ACME_ID);
        assertThat(after).as("one job for two clicks").hasSize(before + 1);
        finished(after.getFirst());
    }

    @Test
    void aQueuedJobCanBeCancelled() {
        signIn("alice");
        long id = madeUpJob("QUEUED", null, 0);
        navigate(SCREEN);
        assertThat(_get(Div.class, spec -> spec.withId("export-job-" + id)).getElement().getTextRecursively())
                .contains("Waiting to start");
        _click(_get(Button.class, spec -> spec.withId("export-cancel-" + id)));
        settle();
        assertThat(exports.job(ACME_ID, id).status()).isEqualTo(ExportStatus.CANCELLED);
        Div card = _get(Div.class, spec -> spec.withId("export-job-" + id));
        assertThat(card.getElement().getTextRecursively()).contains("Cancelled");
        assertThat(_find(Button.class, spec -> spec.withId("export-cancel-" + id))).isEmpty();
    }

    @Test
    void progressOfARunningJobReachesTheOpenScreenWithoutAClick() {
        signIn("alice");
        long id = madeUpJob("RUNNING", 1_000L, 0);
        navigate(SCREEN);
        assertThat(progressText(id)).isEqualTo("0 of 1,000 rows");
        embeddedJdbcClient.sql("UPDATE api_export_job SET rows_done = 500 WHERE id = ?").param(id).update();
        awaitUi("the node's poll pushes the new progress", () -> "500 of 1,000 rows".equals(progressText(id)));
    }

    @Test
    void bobCannotSeeAcmesJobs() {
        signIn("alice");
        ExportJob acme = finished(exports.request(ACME_ID, brandsCsv(), exports.newRequestKey()));
        signIn("bob");
        navigate(SCREEN);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(_find(Div.class, spec -> spec.withId("export-job-" + acme.id()))).isEmpty();
        navigate("guilds/" + NIMBUS + "/exports");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ExportsView.class);
        assertThat(_find(Div.class, spec -> spec.withId("export-job-" + acme.id()))).isEmpty();
    }

    @Test
    void theDownloadHandlerRelaysTheFilesBytes() throws IOException {
        signIn("alice");
        ExportJob job = finished(exports.request(ACME_ID, brandsCsv(), exports.newRequestKey()));
        navigate(SCREEN);
        Anchor link = _get(Anchor.class, spec -> spec.withId("export-download-" + job.id()));
        byte[] expected;
        try (ExportFile file = exports.download(ACME_ID, job.id()); InputStream in = file.content()) {
            expected = in.readAllBytes();
        }
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        VaadinResponse response = response(sent);
        new ExportDownload(exports, ACME_ID, job.id(), job.fileName(), () -> { })
                .handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(),
                        link.getElement()));
        assertThat(sent.toByteArray()).isNotEmpty().isEqualTo(expected);
        assertThat(new String(sent.toByteArray(), StandardCharsets.UTF_8)).startsWith("id,");
        verify(response).setContentType(startsWith("text/csv"));
    }

    @Test
    void aUserWhoMayNotOpenTheGuildGetsNothingButANote() throws IOException {
        signIn("alice");
        ExportJob job = finished(exports.request(ACME_ID, brandsCsv(), exports.newRequestKey()));
        navigate("guilds/" + NIMBUS + "/exports");
        signIn("bob");
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        VaadinResponse response = response(sent);
        new ExportDownload(exports, ACME_ID, job.id(), job.fileName(), () -> { })
                .handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(),
                        UI.getCurrent().getElement()));
        settle();
        assertThat(sent.size()).isZero();
        verify(response).setStatus(404);
        assertThat(NotificationsKt.getNotifications()).anyMatch(note -> note.getElement().getProperty("text")
                .contains("no longer available"));
    }

    @Test
    void aJobWithABrandFilterShowsTheBrandsName() {
        signIn("alice");
        TrackedBrand brand = tracking.brands(ACME_ID).getFirst();
        ExportJob job = finished(exports.request(ACME_ID, new ExportRequest(ExportType.ACCOUNTS, ExportFormat.CSV, false,
                Map.of("brandId", Long.toString(brand.id()))), exports.newRequestKey()));
        navigate(SCREEN);
        assertThat(_get(Div.class, spec -> spec.withId("export-job-" + job.id())).getElement().getTextRecursively())
                .contains("Brand: " + brand.name()).doesNotContain(Long.toString(brand.id()));
    }

    @Test
    void aJobWhoseBrandIsGoneShowsItsIdAsDeleted() {
        signIn("alice");
        long id = madeUpJob("FAILED", null, 0, "{\"brandId\":\"987654321\"}");
        navigate(SCREEN);
        assertThat(_get(Div.class, spec -> spec.withId("export-job-" + id)).getElement().getTextRecursively())
                .contains("Brand: 987654321 (deleted)");
    }

    @Test
    void withoutTheBrandsNamesABrandFilterSaysItsIdAndThatTheNameIsNotAvailable() {
        signIn("alice");
        navigate(SCREEN);
        ExportWords words = new ExportWords(UI.getCurrent());
        assertThat(words.filters(Map.of("brandId", "4000"), BrandNames.UNKNOWN))
                .isEqualTo("Brand: 4000 (name not available right now)");
        assertThat(words.filters(Map.of("brandId", "4000"), BrandNames.of(Map.of("4000", "Acme Energy"))))
                .isEqualTo("Brand: Acme Energy");
    }

    /** The screen's brand filter already has the names: the dialog says the brand's, as the filter does. */
    @ParameterizedTest
    @ValueSource(strings = {"posts", "accounts"})
    void aListScreensDialogNamesTheBrandOfItsFilter(String list) {
        signIn("alice");
        TrackedBrand brand = tracking.brands(ACME_ID).getFirst();
        navigate("guilds/" + ACME + "/tracking/" + list, QueryParameters.fromString("brand=" + brand.id()));
        _click(exportThese());
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-filters")).getText())
                .contains("Brand: " + brand.name()).doesNotContain(Long.toString(brand.id()));
    }

    @Test
    void thePostsScreenExportsItsRowsWithItsFilters() {
        signIn("alice");
        navigate("guilds/" + ACME + "/tracking/posts", QueryParameters.fromString("platform=YOUTUBE&q=a"));
        long counted = tracking.countPosts(ACME_ID, new PostQuery(null, null, Platform.YOUTUBE, null, null, "a",
                PostQuery.Sort.POSTED_AT, true)).total();
        assertThat(exportThese().getText()).isEqualTo("Export these %,d rows".formatted(counted));
        _click(exportThese());
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-filters")).getText())
                .contains("Search: a · Platform: YouTube · Sorted by: Posted · Order: descending");
        _click(_get(Button.class, spec -> spec.withId("export-start")));
        settle();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ExportsView.class);
        ExportJob job = finished(exports.jobs(ACME_ID).getFirst());
        assertThat(job.type()).isEqualTo(ExportType.POSTS);
        assertThat(job.filters()).containsEntry("platform", "YOUTUBE").containsEntry("q", "a")
                .containsEntry("sort", "postedAt").containsEntry("direction", "desc");
        long shown = tracking.countPosts(ACME_ID, new PostQuery(null, null, Platform.YOUTUBE, null, null, "a",
                PostQuery.Sort.POSTED_AT, true)).total();
        assertThat(job.status()).isEqualTo(ExportStatus.SUCCEEDED);
        assertThat(job.rowsDone()).isEqualTo(shown).isPositive();
    }

    @Test
    void theAccountsScreenExportsItsRowsWithItsFiltersAndSort() {
        signIn("alice");
        navigate("guilds/" + ACME + "/tracking/accounts", QueryParameters.fromString("platform=TIKTOK&status=ACTIVE&q=o"));
        long counted = tracking.countAccounts(ACME_ID, new AccountQuery(Platform.TIKTOK, null, AccountStatus.ACTIVE, "o",
                AccountQuery.Sort.HANDLE, false));
        assertThat(counted).isPositive();
        assertThat(exportThese().getText()).isEqualTo("Export these %,d rows".formatted(counted));
        _click(exportThese());
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-filters")).getText())
                .isEqualTo("Rows: Search: o · Platform: TikTok · Status: Active · Sorted by: Handle · Order: ascending");
        _click(_get(Button.class, spec -> spec.withId("export-start")));
        settle();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ExportsView.class);
        ExportJob job = finished(exports.jobs(ACME_ID).getFirst());
        assertThat(job.type()).isEqualTo(ExportType.ACCOUNTS);
        assertThat(job.filters()).isEqualTo(Map.of("platform", "TIKTOK", "status", "ACTIVE", "q", "o",
                "sort", "handle", "direction", "asc"));
        assertThat(job.rowsDone()).isEqualTo(counted);
    }

    @Test
    void theBrandsScreenExportsAllItsBrands() {
        signIn("alice");
        navigate("guilds/" + ACME + "/tracking/brands");
        int brands = tracking.brands(ACME_ID).size();
        assertThat(exportThese().getText()).isEqualTo("Export these %,d rows".formatted(brands));
        _click(exportThese());
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-filters")).getText()).isEqualTo("Rows: All rows");
        _click(_get(Button.class, spec -> spec.withId("export-start")));
        settle();
        ExportJob job = finished(exports.jobs(ACME_ID).getFirst());
        assertThat(job.type()).isEqualTo(ExportType.BRANDS);
        assertThat(job.filters()).isEmpty();
        assertThat(job.rowsDone()).isEqualTo(brands);
    }

    @Test
    void theAuditScreenExportsItsFilteredTrailWithoutSayingACount() {
        signIn("alice");
        navigate("guilds/" + ACME + "/audit", QueryParameters.fromString("target=ACCOUNT"));
        assertThat(exportThese().getText()).as("the trail has no total").isEqualTo("Export these rows");
        _click(exportThese());
        assertThat(_get(Paragraph.class, spec -> spec.withId("export-filters")).getText()).isEqualTo("Rows: Changed: Account");
        _click(_get(Button.class, spec -> spec.withId("export-start")));
        settle();
        ExportJob job = finished(exports.jobs(ACME_ID).getFirst());
        assertThat(job.type()).isEqualTo(ExportType.AUDIT);
        assertThat(job.filters()).isEqualTo(Map.of("targetType", "ACCOUNT"));
        assertThat(job.status()).isEqualTo(ExportStatus.SUCCEEDED);
    }

    @Test
    void aScreenWithNothingToExportOffersNoExport() {
        signIn("alice");
        navigate("guilds/" + ACME + "/tracking/posts", QueryParameters.fromString("q=no-post-says-this"));
        assertThat(exportThese().getText()).isEqualTo("Nothing to export");
        assertThat(exportThese().isEnabled()).isFalse();

        navigate("guilds/" + ACME + "/tracking/posts", QueryParameters.fromString("from=2026-11-20&to=2026-11-10"));
        assertThat(exportThese().getText()).as("a filter to correct (to before from): no rows, no count").isEqualTo("Export these rows");
        assertThat(exportThese().isEnabled()).isFalse();
    }

    @Test
    void aRunningJobShowsTheTimeLeftFromItsRateSoFar() {
        signIn("alice");
        long id = madeUpJob("RUNNING", 1_000L, 500);
        // half the rows in two minutes: about two minutes left
        embeddedJdbcClient.sql("UPDATE api_export_job SET started_at = DATEADD(SECOND, -120, CURRENT_TIMESTAMP) WHERE id = ?")
                .param(id).update();
        navigate(SCREEN);
        assertThat(progressText(id)).isEqualTo("500 of 1,000 rows · about 2 minutes left");
    }

    @Test
    void theGuildsRunningLimitIsToldInTheDialogWhichStaysOpen() {
        signIn("alice");
        madeUpJob("RUNNING", 1_000L, 0);
        madeUpJob("QUEUED", null, 0);
        navigate(SCREEN);
        _click(_get(Button.class, spec -> spec.withId("export-new")));
        assertThat(_find(Div.class, spec -> spec.withId("export-limit"))).as("not shown before it happens").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("export-start")));
        settle();
        assertThat(_find(Dialog.class, spec -> spec.withId("export-dialog"))).hasSize(1);
        Div limit = _get(Div.class, spec -> spec.withId("export-limit"));
        assertThat(limit.isVisible()).isTrue();
        assertThat(limit.getText()).contains("Wait until one of them has finished, or cancel one");
        assertThat(_get(Button.class, spec -> spec.withId("export-start")).isEnabled()).as("Export again later").isTrue();
    }

    @Test
    void theTimeLeftIsSaidInMinutesHoursOrLessThanAMinute() {
        signIn("alice");
        navigate(SCREEN);
        ExportWords words = new ExportWords(UI.getCurrent());
        assertThat(words.timeLeft(Duration.ofSeconds(40))).isEqualTo("less than a minute left");
        assertThat(words.timeLeft(Duration.ofSeconds(70))).isEqualTo("about 1 minute left");
        assertThat(words.timeLeft(Duration.ofMinutes(45))).isEqualTo("about 45 minutes left");
        assertThat(words.timeLeft(Duration.ofMinutes(200))).isEqualTo("about 3 hours left");
    }

    @Test
    void aFileNameKeepsNoPathOrControlCharacters() {
        assertThat(ExportDownload.safe("../acme/..\\posts\u0000\r\n.csv", 7)).isEqualTo("acme..posts.csv");
        assertThat(ExportDownload.safe("Café-posts-2026-12-01.csv", 7)).isEqualTo("Café-posts-2026-12-01.csv");
        assertThat(ExportDownload.safe("\"", 7)).isEqualTo("export-7");
    }

    private static VaadinResponse response(ByteArrayOutputStream sent) throws IOException {
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(jakarta.servlet.WriteListener listener) {
            }

            @Override
            public void write(int b) {
                sent.write(b);
            }
        });
        return response;
    }

    private static Button exportThese() {
        return _get(Button.class, spec -> spec.withId("export-these"));
    }

    private String progressText(long id) {
        return _find(Span.class, spec -> spec.withClasses("tb-export-progress-text")).stream()
                .filter(span -> span.getParent().flatMap(p -> p.getParent()).flatMap(p -> p.getParent())
                        .map(card -> ("export-job-" + id).equals(card.getId().orElse(null))).orElse(false))
                .map(Span::getText).findFirst().orElse(null);
    }

    private static ExportRequest brandsCsv() {
        return new ExportRequest(ExportType.BRANDS, ExportFormat.CSV, false, Map.of());
    }

    /** Waits until the job has ended (brands are a few dozen rows) and answers it as it ended. */
    private ExportJob finished(ExportJob job) {
        awaitUi("export " + job.id() + " ends", () -> !exports.job(ACME_ID, job.id()).status().unfinished());
        return exports.job(ACME_ID, job.id());
    }

    private long madeUpJob(String status, Long rowsTotal, long rowsDone) {
        return madeUpJob(status, rowsTotal, rowsDone, "{}");
    }

    private long madeUpJob(String status, Long rowsTotal, long rowsDone, String filters) {
        embeddedJdbcClient.sql("""
                INSERT INTO api_export_job (guild_id, requested_by, idempotency_key, request_digest, type, format, bom,
                                            filters, status, rows_total, rows_done, file_name, created_at)
                VALUES (?, ?, ?, 'x', 'POSTS', 'CSV', FALSE, ?, ?, ?, ?, 'acme-posts.csv', CURRENT_TIMESTAMP)""")
                .params(ACME, Demo.ALICE, "made-up-" + exports.newRequestKey(), filters, status, rowsTotal, rowsDone)
                .update();
        long id = embeddedJdbcClient.sql("SELECT MAX(id) FROM api_export_job").query(Long.class).single();
        madeUp.add(id);
        return id;
    }
}
