package nl.passend.bezwaar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import nl.passend.bezwaar.Bezwaar;
import nl.passend.bezwaar.BezwaarAct;
import nl.passend.bezwaar.BezwaarActInput;
import nl.passend.bezwaar.BezwaarHandlingService;
import nl.passend.bezwaar.BezwaarInput;
import nl.passend.bezwaar.BezwaarService;
import nl.passend.bezwaar.BezwaarStatus;
import nl.passend.bezwaar.Indiener;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.term.Terms;
import nl.passend.shared.web.FormErrors;
import nl.passend.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Screens for bezwaren: the list, the form to register one (staff) or to file one (a parent or board,
 * gronden only), and the detail page with one small form per act the user may do now.
 */
@Controller
@RequestMapping("/bezwaren")
class BezwaarController {

    private static final String FORM = "bezwaar/bezwaar-form";
    private static final String DETAIL = "bezwaar/bezwaar";
    /** Deadlines this many days ahead are shown as near, as on the worklist. */
    private static final int NEAR_DAYS = 7;

    private final BezwaarService bezwaren;
    private final BezwaarHandlingService handling;
    private final MessageSource messages;
    private final Clock clock;

    BezwaarController(BezwaarService bezwaren, BezwaarHandlingService handling, MessageSource messages, Clock clock) {
        this.bezwaren = bezwaren;
        this.handling = handling;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) BezwaarStatus status, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        var rows = bezwaren.list(user, status);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("bezwaren", rows);
        model.addAttribute("signals", rows.stream().filter(b -> b.nextDeadline() != null).collect(Collectors.toMap(
                Bezwaar::id, b -> Terms.stateOn(b.nextDeadline(), today, NEAR_DAYS))));
        model.addAttribute("status", status);
        model.addAttribute("statusOptions", Arrays.stream(BezwaarStatus.values())
                .map(s -> new Option(s.name(), text("bezwaar.status." + s.name()))).toList());
        return "bezwaar/bezwaren";
    }

    /** Registering (staff) or filing (a party) starts from the decision: {@code ?besluit=}. */
    @GetMapping("/nieuw")
    String newForm(@RequestParam("besluit") UUID besluitId, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        BezwaarInput form = new BezwaarInput();
        form.setBesluitId(besluitId);
        if (user.can(Permission.BEZWAAR_MANAGE)) {
            form.setOntvangenOp(LocalDate.now(clock));
        }
        model.addAttribute("form", form);
        return form(user, besluitId, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") BezwaarInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        if (form.getBesluitId() == null) {
            throw new PassendException.NotFound("tlv-besluit-not-found");
        }
        if (binding.hasErrors()) {
            return form(user, form.getBesluitId(), model);
        }
        Bezwaar created;
        try {
            created = user.can(Permission.BEZWAAR_MANAGE) ? bezwaren.register(user, form) : bezwaren.file(user, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            return form(user, form.getBesluitId(), model);
        }
        redirect.addFlashAttribute("message", "bezwaar.registered");
        return "redirect:/bezwaren/" + created.id();
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        return detail(user, bezwaren.get(user, id), null, null, model);
    }

    /** One act; a refusal shows the page again with the reason on top and what was typed in the act's form. */
    @PostMapping("/{id}/{act}")
    String act(@PathVariable UUID id, @PathVariable("act") String slug,
               @Valid @ModelAttribute("actInput") BezwaarActInput in, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        BezwaarAct act = BezwaarAct.ofSlug(slug).orElseThrow(() -> new PassendException.NotFound("not-found"));
        if (binding.hasErrors()) {
            model.addAttribute("errorKey", "error.validation-failed");
            return detail(user, bezwaren.get(user, id), act, in, model);
        }
        try {
            handling.perform(user, id, act, in);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            model.addAttribute("errorKey", e.messageKey());
            return detail(user, bezwaren.get(user, id), act, in, model);
        }
        redirect.addFlashAttribute("message", "bezwaar.act.done");
        return "redirect:/bezwaren/" + id;
    }

    private String detail(CurrentUser user, Bezwaar b, BezwaarAct failed, BezwaarActInput typed, Model model) {
        LocalDate today = LocalDate.now(clock);
        Function<String, String> text = this::text;
        model.addAttribute("b", b);
        model.addAttribute("signal", b.nextDeadline() == null ? null : Terms.stateOn(b.nextDeadline(), today, NEAR_DAYS));
        model.addAttribute("acts", BezwaarAct.allowed(b, user).stream()
                .map(a -> ActForm.of(a, b, text, today, a == failed ? typed : null)).toList());
        return DETAIL;
    }

    private String form(CurrentUser user, UUID besluitId, Model model) {
        model.addAttribute("subject", bezwaren.prepare(user, besluitId));
        model.addAttribute("staff", user.can(Permission.BEZWAAR_MANAGE));
        model.addAttribute("indienerOptions", Arrays.stream(Indiener.values())
                .map(i -> new Option(i.name(), text("bezwaar.indiener." + i.name()))).toList());
        return FORM;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
