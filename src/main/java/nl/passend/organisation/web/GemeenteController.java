package nl.passend.organisation.web;

import nl.passend.organisation.Gemeente;
import nl.passend.organisation.GemeenteInput;
import nl.passend.organisation.GemeenteService;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Screens for the gemeenten of the SWV: everyone with register access reads, the beheerder changes. */
@Controller
@RequestMapping("/register/gemeenten")
class GemeenteController extends SimpleRegisterController<Gemeente, GemeenteInput> {

    GemeenteController(GemeenteService service) {
        super(service, "/register/gemeenten", "gemeenten", "gemeente", GemeenteInput::new, GemeenteInput::of);
    }
}
