package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouterLink;
import dev.trackboard.api.tracking.AccountQuery;
import dev.trackboard.api.tracking.TrackedAccount;
import dev.trackboard.base.ui.AppIcon;
import dev.trackboard.base.ui.UserTime;
import dev.trackboard.base.ui.grid.LazyGridScreen;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The accounts grid: multi-select, sorted on the server by the columns of {@link #SORT_KEYS}. All
 * account text is rendered as text, never HTML; a cell that can be cut short has a tooltip. The
 * display name shows that it can be edited in place (a pencil, a tooltip), double-click opens
 * the editor; the row's buttons open the full dialog and the account's posts.
 */
class TrackedAccountGrid extends Grid<TrackedAccount> {

    static final Map<AccountQuery.Sort, String> SORT_KEYS = Map.of(
            AccountQuery.Sort.HANDLE, "handle", AccountQuery.Sort.DISPLAY_NAME, "displayName",
            AccountQuery.Sort.PLATFORM, "platform", AccountQuery.Sort.STATUS, "status",
            AccountQuery.Sort.CREATED_AT, "createdAt");
    /** What a phone does without: one column with the handle and status stands in, the row's ways stay. */
    static final String[] SECONDARY = {"handle", "displayName", "platform", "brand", "status", "createdAt"};

    /**
     * @param edit      opens a row's dialog
     * @param postsLink where a row's posts are
     */
    TrackedAccountGrid(Consumer<TrackedAccount> edit, Function<TrackedAccount, RouterLink> postsLink) {
        super(TrackedAccount.class, false);
        setId("accounts-grid");
        addClassName("tb-tracking-grid");
        setSelectionMode(SelectionMode.MULTI);
        addColumn(TrackedAccount::handle).setKey("handle").setHeader(getTranslation("tracking.accounts.handle"))
                .setWidth("10rem").setFlexGrow(1).setTooltipGenerator(TrackedAccount::handle);
        String hint = getTranslation("tracking.accounts.inlineHint");
        addColumn(LitRenderer.<TrackedAccount>of("<span class='tb-inline-editable'><span class='tb-cell-text'>${item.name}"
                        + "</span><vaadin-icon src='" + AppIcon.SPRITE + "' symbol='" + AppIcon.EDIT.symbol()
                        + "' class='tb-inline-edit-hint' @click=${edit}></vaadin-icon></span>")
                .withProperty("name", TrackedAccount::displayName).withFunction("edit", this::editInline))
                .setKey("displayName").setHeader(getTranslation("tracking.accounts.displayName"))
                .setWidth("12rem").setFlexGrow(2).setTooltipGenerator(a -> getTranslation("tracking.accounts.nameTooltip",
                        a.displayName(), hint));
        addColumn(a -> getTranslation("tracking.platform." + a.platform().name())).setKey("platform")
                .setHeader(getTranslation("tracking.filter.platform")).setWidth("7.5rem").setFlexGrow(0);
        addColumn(a -> a.brandName() == null ? getTranslation("tracking.noBrandCell") : a.brandName()).setKey("brand")
                .setHeader(getTranslation("tracking.filter.brand")).setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(a -> a.brandName() == null ? "" : a.brandName());
        addComponentColumn(this::statusPill).setKey("status").setHeader(getTranslation("tracking.accounts.status"))
                .setWidth("8rem").setFlexGrow(0); // wide enough for its editor too
        addColumn(a -> UserTime.of(this).date(a.createdAt())).setKey("createdAt")
                .setHeader(getTranslation("tracking.accounts.added")).setWidth("8.5rem").setFlexGrow(0)
                .setTooltipGenerator(a -> UserTime.of(this).dateTime(a.createdAt()));
        LazyGridScreen.narrowOnly(addColumn(LitRenderer.<TrackedAccount>of("<span class='tb-account-summary'>"
                        + "<span class='tb-cell-text'>${item.handle}</span><span class='tb-pill ${item.pill}'>${item.status}</span></span>")
                .withProperty("handle", TrackedAccount::handle)
                .withProperty("status", a -> getTranslation("tracking.status." + a.status().name()))
                .withProperty("pill", a -> "tb-status-" + a.status().name().toLowerCase(Locale.ROOT)))
                .setKey("summary").setHeader(getTranslation("tracking.accounts.handle")).setWidth("8rem").setFlexGrow(1));
        addComponentColumn(a -> editButton(a, edit)).setKey("edit").setWidth("4.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setFrozenToEnd(true);
        // frozen to the end: on a phone the way to the posts stays in view
        addComponentColumn(a -> postsLinkOf(a, postsLink)).setKey("posts").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        for (String key : SECONDARY) {
            LazyGridScreen.secondary(getColumnByKey(key));
        }
    }

    /** Opens Grid's editor on the row (set up by {@link AccountInlineEditor}), as a double-click does. */
    void editInline(TrackedAccount account) {
        if (!getEditor().isOpen()) {
            getEditor().editItem(account);
        }
    }

    private Span statusPill(TrackedAccount account) {
        Span pill = new Span(getTranslation("tracking.status." + account.status().name()));
        pill.addClassNames("tb-pill", "tb-status-" + account.status().name().toLowerCase(Locale.ROOT));
        return pill;
    }

    private Button editButton(TrackedAccount account, Consumer<TrackedAccount> edit) {
        Button button = new Button(AppIcon.EDIT.create(), e -> edit.accept(account));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation("tracking.accounts.editOf", account.handle()));
        button.setTooltipText(getTranslation("tracking.accounts.edit"));
        button.addClassName("tb-edit-account");
        return button;
    }

    private RouterLink postsLinkOf(TrackedAccount account, Function<TrackedAccount, RouterLink> postsLink) {
        RouterLink link = postsLink.apply(account);
        link.getElement().setAttribute("aria-label", getTranslation("tracking.accounts.postsOf", account.handle()));
        link.addClassName("tb-account-posts");
        return link;
    }
}
