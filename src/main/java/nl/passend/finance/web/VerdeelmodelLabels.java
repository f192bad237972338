package nl.passend.finance.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelStatus;
import nl.passend.finance.calc.ComponentSoort;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.Werkgebied;
import nl.passend.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Choices and names shared by the verdeelmodel and begroting screens. */
@Component
class VerdeelmodelLabels {

    private final MessageSource messages;

    VerdeelmodelLabels(MessageSource messages) {
        this.messages = messages;
    }

    List<Option> soortOptions() {
        return Arrays.stream(ComponentSoort.values())
                .map(s -> new Option(s.name(), text("verdeelmodel.component.soort." + s.name()))).toList();
    }

    List<Option> lastenOptions() {
        return Begrotingspost.lasten().stream()
                .map(p -> new Option(p.name(), text("finance.post." + p.name()))).toList();
    }

    /** Vastgestelde models, as the base of a begroting. */
    List<Option> modelOptions(List<Verdeelmodel> modellen) {
        return modellen.stream().filter(m -> m.status() == VerdeelmodelStatus.VASTGESTELD)
                .map(m -> new Option(m.id().toString(), m.jaar() + " v" + m.versie() + " " + m.naam())).toList();
    }

    static Map<UUID, String> bestuurNamen(List<Bestuur> besturen) {
        return names(besturen, Bestuur::id, Bestuur::naam);
    }

    static Map<UUID, String> werkgebiedNamen(List<Werkgebied> werkgebieden) {
        return names(werkgebieden, Werkgebied::id, Werkgebied::naam);
    }

    private static <T> Map<UUID, String> names(List<T> items, Function<T, UUID> id, Function<T, String> naam) {
        return items.stream().collect(Collectors.toMap(id, naam));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
