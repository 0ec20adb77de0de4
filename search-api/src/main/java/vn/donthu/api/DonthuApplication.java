package vn.donthu.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DonthuApplication {

    public static void serve(String[] args) {
        SpringApplication.run(DonthuApplication.class, args);
    }
}
