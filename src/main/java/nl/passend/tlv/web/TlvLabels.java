package nl.passend.tlv.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.passend.organisation.School;
import nl.passend.organisation.SchoolFilter;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Labels and choice lists the TLV screens share: enum labels from the bundles, schools from the register. */
@Component
class TlvLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final MessageSource messages;
    private final SchoolService scholen;

    TlvLabels(MessageSource messages, SchoolService scholen) {
        this.messages = messages;
        this.scholen = scholen;
    }

    /** One option per constant, labelled {@code prefix + name}. */
    List<Option> options(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(prefix + v.name()))).toList();
    }

    /** The S(B)O schools a pupil can be admitted to, with their soort; empty without register access. */
    List<Option> ontvangendeScholen(CurrentUser user) {
        if (!user.can(Permission.REGISTER_READ)) {
            return List.of();
        }
        return scholen.list(user, SchoolFilter.all()).stream().filter(s -> s.soort() != SchoolSoort.BAO)
                .map(s -> new Option(s.id().toString(), s.naam() + " (" + s.soort().name() + ")")).toList();
    }

    /** Regular schools (BAO), the targets of a terugplaatsing. */
    List<Option> reguliereScholen(CurrentUser user) {
        if (!user.can(Permission.REGISTER_READ)) {
            return List.of();
        }
        return scholen.list(user, SchoolFilter.all()).stream().filter(s -> s.soort() == SchoolSoort.BAO)
                .map(s -> new Option(s.id().toString(), s.naam())).toList();
    }

    /** School names by id, for showing an id the case holds; empty without register access (parents). */
    Map<UUID, String> schoolNames(CurrentUser user) {
        if (!user.can(Permission.REGISTER_READ)) {
            return Map.of();
        }
        return scholen.list(user, SchoolFilter.all()).stream().collect(Collectors.toMap(School::id, School::naam));
    }

    /** Schools for a filter: all of the SWV for register readers. */
    List<Option> schoolOptions(CurrentUser user) {
        if (!user.can(Permission.REGISTER_READ)) {
            return List.of();
        }
        return scholen.list(user, SchoolFilter.all()).stream().map(s -> new Option(s.id().toString(), s.naam())).toList();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
