package vn.donthu.api.access;

import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. Every endpoint needs an account (HTTP Basic against the local accounts, or a
 * bearer token from the site's OpenID Connect provider when one is configured); what a reader then
 * sees of a letter is decided by {@link PersonalDataPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.HIERARCHY);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The limiter runs inside the security chain (it needs the user), not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<RequestRateLimiter> rateLimiterOutsideTheChain(RequestRateLimiter limiter) {
        FilterRegistrationBean<RequestRateLimiter> registration = new FilterRegistrationBean<>(limiter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, RequestRateLimiter limiter,
                            ObjectProvider<JwtDecoder> oidc,
                            @Value("${donthu.security.oidc.roles-claim:roles}") String rolesClaim) throws Exception {
        http.csrf(c -> c.disable()) // no cookies, no sessions: every request carries its credentials
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(limiter, BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/api/users/**", "/api/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/letters/upload", "/api/import/**").hasRole(Role.CLERK.name())
                        .requestMatchers("/api/letters/facets").hasAnyRole(Role.LEADER.name(), Role.INSPECTOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/matters", "/api/matters/**")
                        .hasAnyRole(Role.LEADER.name(), Role.INSPECTOR.name())
                        .requestMatchers("/api/letters/**").hasRole(Role.INSPECTOR.name())
                        .anyRequest().denyAll());
        if (oidc.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
                    .jwt(j -> j.jwtAuthenticationConverter(rolesFrom(rolesClaim))));
        }
        return http.build();
    }

    /** The identity provider names donthu's roles (ADMIN, INSPECTOR, IDENTITY_READER, ...) in one claim of the token. */
    private static Converter<Jwt, AbstractAuthenticationToken> rolesFrom(String claim) {
        return jwt -> {
            Collection<String> names = jwt.hasClaim(claim) ? jwt.getClaimAsStringList(claim) : List.of();
            List<GrantedAuthority> authorities = names.stream()
                    .filter(n -> java.util.Arrays.stream(Role.values()).anyMatch(r -> n.equalsIgnoreCase(r.name()) || n.equalsIgnoreCase("ROLE_" + r.name())))
                    .map(n -> Role.parse(n).authority()).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getClaimAsString("preferred_username") != null
                    ? jwt.getClaimAsString("preferred_username") : jwt.getSubject());
        };
    }

}
