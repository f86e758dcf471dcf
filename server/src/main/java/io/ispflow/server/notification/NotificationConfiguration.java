package io.ispflow.server.notification;

import io.ispflow.kernel.webhook.IpNetwork;
import io.ispflow.kernel.webhook.WebhookTargets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.InetAddress;
import java.net.http.HttpClient;

/**
 * Webhooks, in every process: the command side checks a new webhook's URL with the same {@link WebhookTargets}
 * the deliverer checks again before each post.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class NotificationConfiguration {

    @Bean
    WebhookTargets webhookTargets(WebhookSettings settings) {
        return new WebhookTargets(settings.allowHttp(), settings.allowedNetworks().stream().map(IpNetwork::parse).toList(),
                InetAddress::getAllByName);
    }

    /** Redirects are never followed: a receiver could send a delivery on to an address the check refused. */
    @Bean
    WebhookPoster webhookPoster(WebhookSettings settings) {
        return new WebhookPoster(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.requestTimeout()).build(), settings.requestTimeout());
    }
}
