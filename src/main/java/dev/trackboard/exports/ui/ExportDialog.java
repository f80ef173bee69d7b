package dev.trackboard.exports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import dev.trackboard.api.GuildId;
import dev.trackboard.api.TrackingApiException;
import dev.trackboard.api.exports.ExportFormat;
import dev.trackboard.api.exports.ExportJob;
import dev.trackboard.api.exports.ExportRequest;
import dev.trackboard.api.exports.ExportType;
import dev.trackboard.base.ui.Background;
import dev.trackboard.base.ui.UserAction;
import dev.trackboard.exports.ExportService;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Asks for one export: what (with the filters it was opened with, shown, not editable), CSV or
 * NDJSON, and a byte order mark for Excel (CSV only). The request is sent off the session lock with
 * one Idempotency-Key for this opening of the dialog, so a double click, or Export again after an
 * answer that was lost, is one job; a key is taken anew only when the request itself changes (the
 * API refuses one key for two requests).
 */
final class ExportDialog extends Dialog {

    private final ExportService exports;
    private final Background background;
    private final GuildId guildId;
    private final Map<String, String> filters;
    private final Consumer<ExportJob> requested;
    private final Select<ExportType> type = new Select<>();
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>();
    private final Checkbox bom = new Checkbox();
    private final Button export = new Button();
    private final Div busy = new Div();
    private String requestKey;

    /** @param brands the names the opening screen has for the filters' brand ids */
    ExportDialog(ExportService exports, Background background, GuildId guildId, ExportType preset,
                 Map<String, String> filters, BrandNames brands, Consumer<ExportJob> requested) {
        this.exports = exports;
        this.background = background;
        this.guildId = guildId;
        this.filters = Map.copyOf(filters);
        this.requested = requested;
        this.requestKey = exports.newRequestKey();
        setId("export-dialog");
        addClassName("tb-export-dialog");
        setHeaderTitle(getTranslation("exports.new.title"));
        ExportWords words = new ExportWords(this);

        type.setId("export-type");
        type.setLabel(getTranslation("exports.new.type"));
        type.setItems(ExportType.values());
        type.setItemLabelGenerator(words::type);
        type.setValue(preset == null ? ExportType.POSTS : preset);
        type.setReadOnly(!filters.isEmpty()); // the filters belong to the list they came from
        format.setId("export-format");
        format.setLabel(getTranslation("exports.new.format"));
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(words::format);
        format.setValue(ExportFormat.CSV);
        bom.setId("export-bom");
        bom.setLabel(getTranslation("exports.new.bom"));
        Paragraph scope = new Paragraph(getTranslation("exports.new.filters", words.filters(this.filters, brands)));
        scope.setId("export-filters");
        scope.addClassName("tb-muted");
        busy.setId("export-limit");
        busy.addClassName("tb-inline-warning");
        busy.setText(getTranslation("exports.new.limit"));
        busy.setVisible(false);
        Div form = new Div(busy, type, scope, format, bom);
        form.addClassName("tb-export-form");
        add(form);

        type.addValueChangeListener(e -> changed());
        format.addValueChangeListener(e -> {
            bom.setVisible(format.getValue() == ExportFormat.CSV);
            changed();
        });
        bom.addValueChangeListener(e -> changed());

        Button close = new Button(getTranslation("exports.new.close"), e -> close());
        close.setId("export-dialog-cancel");
        export.setText(getTranslation("exports.new.export"));
        export.setId("export-start");
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        export.setDisableOnClick(true); // the browser sends no second click while the first is on its way
        export.addClickListener(e -> send());
        getFooter().add(close, export);
    }

    /** Another request than the one a lost answer may have started: a key of its own. */
    private void changed() {
        requestKey = exports.newRequestKey();
    }

    private void send() {
        ExportFormat chosen = format.getValue();
        ExportRequest request = new ExportRequest(type.getValue(), chosen, chosen == ExportFormat.CSV && bom.getValue(),
                filters);
        String key = requestKey;
        busy.setVisible(false);
        UserAction.run(background, export, () -> {
            try {
                return Optional.of(exports.request(guildId, request, key));
            } catch (TrackingApiException.RateLimited busy) {
                // the guild's running limit, not an outage: said in its own words, in the dialog, which stays
                // open with what was chosen (the key was not taken: Export again later is the same request)
                return Optional.<ExportJob>empty();
            }
        }, started -> started.ifPresentOrElse(job -> {
            Notification.show(getTranslation("exports.new.started", new ExportWords(this).type(job.type())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            requested.accept(job);
        }, () -> busy.setVisible(true)), refusal -> {
            if (refusal instanceof TrackingApiException.InvalidRequest) {
                requestKey = exports.newRequestKey();
            }
            UserAction.tell(UI.getCurrent(), refusal);
        });
    }
}
