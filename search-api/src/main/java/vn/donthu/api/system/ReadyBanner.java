package vn.donthu.api.system;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the server where it answers, once it really does. */
@Component
class ReadyBanner {

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            String url = "http://127.0.0.1:" + web.getWebServer().getPort();
            System.out.println("""

                    donthu is answering at %s
                    Try:  curl -u USER:PASSWORD '%s/api/letters/search?q=khieu+nai'   (accounts: README.md, \"Access\")
                    Stop with Ctrl-C; the Elasticsearch node keeps running (./donthu es stop stops it).
                    """.formatted(url, url));
        }
    }
}
