package io.parhub.dossier;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The citizen's view of a dossier: status and history in plain Vietnamese, no officer names or personal data. */
@Component
class PublicHistory {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    PublicHistory(MessageSource messages) {
        this.messages = messages;
    }

    PublicTracking of(Dossier d, DossierView view) {
        List<DossierView.HistoryEntry> history = view.history();
        List<PublicTracking.Event> events = history.stream().map(h -> new PublicTracking.Event(h.at(),
                messages.getMessage("dossier.history." + h.action() + "." + h.to(), null,
                        messages.getMessage("dossier.history." + h.action(), null, h.action(), VIETNAMESE),
                        VIETNAMESE))).toList();
        return new PublicTracking(d.code(), d.procedureName(), d.status().name(), d.status().nationalCode(),
                d.status().nationalName(), d.receivedAt(), d.dueAt(), events, view.parts().stream()
                        .map(p -> new PublicTracking.Part(p.name(), p.agencyName(), p.state())).toList(),
                d.status() == Dossier.Status.AWAITING_PAYMENT ? d.paymentItems() : List.of());
    }
}
