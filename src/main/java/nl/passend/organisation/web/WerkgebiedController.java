package nl.passend.organisation.web;

import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Screens for the werkgebieden of the SWV: everyone with register access reads, the beheerder changes. */
@Controller
@RequestMapping("/register/werkgebieden")
class WerkgebiedController extends SimpleRegisterController<Werkgebied, WerkgebiedInput> {

    WerkgebiedController(WerkgebiedService service) {
        super(service, "/register/werkgebieden", "werkgebieden", "werkgebied", WerkgebiedInput::new, WerkgebiedInput::of);
    }
}
