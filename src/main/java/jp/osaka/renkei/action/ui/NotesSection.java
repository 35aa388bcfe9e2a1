package jp.osaka.renkei.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;

import jp.osaka.renkei.action.ActionDetail;
import jp.osaka.renkei.action.ActionService;
import jp.osaka.renkei.action.ProgressNote;
import jp.osaka.renkei.base.DomainException;
import jp.osaka.renkei.base.i18n.DateFormats;
import jp.osaka.renkei.base.ui.DatePickers;
import jp.osaka.renkei.base.ui.Notifications;

/** 進捗メモ: the notes, newest first, and for those who may change the action a form to add one. */
class NotesSection extends Div {

    NotesSection(ActionDetail detail, ActionService actions, LocalDate today, Runnable onAdded) {
        addClassName("action-section");
        setId("action-notes");
        add(new H2(getTranslation("action.notes")));
        if (detail.editable()) {
            DatePicker date = DatePickers.create(getTranslation("action.note.date"));
            date.setValue(today);
            date.setId("note-date");
            TextArea text = new TextArea(getTranslation("action.note.text"));
            text.setId("note-text");
            text.setMaxLength(ProgressNote.MAX_TEXT_LENGTH);
            text.setWidthFull();
            Button add = new Button(getTranslation("action.note.add"), e -> {
                try {
                    actions.addNote(detail.id(), date.getValue(), text.getValue());
                    Notifications.success(getTranslation("action.note.added"));
                    onAdded.run();
                } catch (DomainException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            add.setId("note-add");
            HorizontalLayout form = new HorizontalLayout(date, text, add);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWidthFull();
            add(form);
        }
        if (detail.notes().isEmpty()) {
            add(new Paragraph(getTranslation("action.notes.none")));
        }
        for (ActionDetail.Note note : detail.notes()) {
            Span byline = new Span(getTranslation("action.note.byline", DateFormats.date(note.date(), getLocale()),
                    note.authorName()));
            byline.addClassName("action-note-byline");
            Div item = new Div(byline, new Paragraph(note.text()));
            item.addClassName("action-note");
            add(item);
        }
    }
}
