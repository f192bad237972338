package nl.passend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Passend: the information system of a samenwerkingsverband passend onderwijs. */
@SpringBootApplication
public class PassendApplication {

    public static void main(String[] args) {
        SpringApplication.run(PassendApplication.class, args);
    }
}
