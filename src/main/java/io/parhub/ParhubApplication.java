package io.parhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** parhub: the platform a Vietnamese province uses to run public administration reform. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class ParhubApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParhubApplication.class, args);
    }
}
