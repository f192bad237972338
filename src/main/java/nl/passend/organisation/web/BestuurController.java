package nl.passend.organisation.web;

import nl.passend.organisation.Bestuur;
import nl.passend.organisation.BestuurInput;
import nl.passend.organisation.BestuurService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Screens for the besturen of the SWV: everyone with register access reads, the beheerder changes. */
@Controller
@RequestMapping("/register/besturen")
class BestuurController extends SimpleRegisterController<Bestuur, BestuurInput> {

    BestuurController(BestuurService service) {
        super(service, "/register/besturen", "besturen", "bestuur", BestuurInput::new, BestuurInput::of);
    }
}
