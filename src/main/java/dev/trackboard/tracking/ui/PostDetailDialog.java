package dev.trackboard.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.trackboard.api.tracking.TrackedPost;
import dev.trackboard.base.ui.FactTile;
import dev.trackboard.base.ui.UserTime;

/** One post in full: text (as text, wrapped), metrics, account, brand, and a link out to the platform. */
class PostDetailDialog extends Dialog {

    PostDetailDialog(TrackedPost post) {
        setId("post-detail");
        setHeaderTitle(getTranslation("tracking.posts.detail", post.accountHandle()));
        setWidth("min(40rem, 100%)");
        Paragraph text = new Paragraph(post.text());
        text.setId("post-detail-text");
        text.addClassName("tb-post-full-text");
        Div facts = new Div(
                fact("tracking.posts.posted", UserTime.of(this).dateTime(post.postedAt())),
                fact("tracking.posts.account", getTranslation("tracking.posts.accountOf", post.accountDisplayName(), post.accountHandle())),
                fact("tracking.filter.platform", getTranslation("tracking.platform." + post.platform().name())),
                fact("tracking.filter.brand", post.brandName() == null ? getTranslation("tracking.noBrand") : post.brandName()),
                fact("tracking.posts.likes", TrackingFormat.number(post.likes(), getLocale())),
                fact("tracking.posts.comments", TrackingFormat.number(post.comments(), getLocale())),
                fact("tracking.posts.shares", TrackingFormat.number(post.shares(), getLocale())),
                fact("tracking.posts.views", TrackingFormat.number(post.views(), getLocale())));
        facts.addClassName("tb-facts");
        add(text, facts);
        if (TrackingFormat.safeLink(post.url())) {
            Anchor out = new Anchor(post.url(), getTranslation("tracking.posts.open"), AnchorTarget.BLANK);
            out.getElement().setAttribute("rel", "noopener noreferrer");
            out.setId("post-detail-link");
            add(out);
        }
        Button close = new Button(getTranslation("tracking.close"), e -> close());
        close.setId("post-detail-close");
        getFooter().add(close);
    }

    private FactTile fact(String labelKey, String value) {
        return new FactTile(getTranslation(labelKey), value);
    }
}
