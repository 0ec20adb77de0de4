package vn.donthu.api.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests per user, by token bucket ({@code donthu.limits.burst} at once, then
 * {@code donthu.limits.requests-per-second}); beyond it 429 with Retry-After. Not registered as a
 * servlet filter of its own: it runs inside the security chain, once the user is known.
 */
@Component
class RequestRateLimiter extends OncePerRequestFilter {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int burst;
    private final double perSecond;

    RequestRateLimiter(@Value("${donthu.limits.burst:60}") int burst,
                       @Value("${donthu.limits.requests-per-second:20}") double perSecond) {
        this.burst = burst;
        this.perSecond = perSecond;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String key = who != null && who.isAuthenticated() ? "user:" + who.getName() : "address:" + request.getRemoteAddr();
        long now = System.nanoTime();
        long wait = buckets.computeIfAbsent(key, k -> new TokenBucket(burst, perSecond, now)).take(now);
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                    "more than " + burst + " requests at once or " + perSecond + " per second; try again in " + wait + " s");
            return;
        }
        chain.doFilter(request, response);
    }
}
