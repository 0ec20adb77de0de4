package vn.donthu.api.access;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets a controller method take the {@link Reader} it answers for as a parameter. */
@Configuration(proxyBeanMethods = false)
class ReaderArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    private final RoleHierarchy hierarchy;

    ReaderArgumentResolver(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Reader.class);
    }

    @Override
    public Reader resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null) {
            throw new AuthenticationCredentialsNotFoundException("no signed-in user");
        }
        return Reader.of(who, hierarchy);
    }
}
