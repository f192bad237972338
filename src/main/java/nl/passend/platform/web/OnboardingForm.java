package nl.passend.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.passend.access.AccountInput;
import nl.passend.organisation.SwvInput;
import nl.passend.shared.security.Role;

/** A new SWV with its first beheerder, as one form or one JSON body. */
public class OnboardingForm {

    @Valid
    @NotNull
    private SwvInput swv = new SwvInput();
    @Valid
    @NotNull
    private AccountInput beheerder = newBeheerder();

    private static AccountInput newBeheerder() {
        AccountInput input = new AccountInput();
        input.setRole(Role.BEHEERDER);
        return input;
    }

    public SwvInput getSwv() {
        return swv;
    }

    public void setSwv(SwvInput swv) {
        this.swv = swv;
    }

    public AccountInput getBeheerder() {
        return beheerder;
    }

    public void setBeheerder(AccountInput beheerder) {
        this.beheerder = beheerder;
        if (beheerder != null) {
            beheerder.setRole(Role.BEHEERDER);
        }
    }
}
