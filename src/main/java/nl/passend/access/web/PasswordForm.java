package nl.passend.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.passend.access.PasswordPolicy;

/** Changing one's own password: the current one, the new one twice. */
public class PasswordForm {

    @NotBlank
    private String huidig;
    @NotBlank
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{account.password.length}")
    private String nieuw;
    @NotBlank
    private String herhaling;

    public String getHuidig() {
        return huidig;
    }

    public void setHuidig(String huidig) {
        this.huidig = huidig;
    }

    public String getNieuw() {
        return nieuw;
    }

    public void setNieuw(String nieuw) {
        this.nieuw = nieuw;
    }

    public String getHerhaling() {
        return herhaling;
    }

    public void setHerhaling(String herhaling) {
        this.herhaling = herhaling;
    }

    /** Passwords are never sent back to the browser. */
    void clear() {
        huidig = null;
        nieuw = null;
        herhaling = null;
    }

    @Override
    public String toString() {
        return "PasswordForm[***]";
    }
}
