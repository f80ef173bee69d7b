package dev.trackboard.api;

import dev.trackboard.config.TrackboardProperties;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;

/** Builds the application's single OkHttp client with the configured timeouts. */
final class ApiHttpClientFactory {

    static final String USER_AGENT = "Trackboard/1.0 (+dashboard)";

    OkHttpClient create(TrackboardProperties.Api settings) {
        return new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                // OkHttp would silently re-send a request after some connection failures; a write
                // must never be repeated without the user knowing, so this is off.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .eventListenerFactory(ApiHttpClientFactory::noticeSending)
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("User-Agent", USER_AGENT)
                        // JSON unless the call asked for something else (the status stream's event-stream)
                        .header("Accept", chain.request().header("Accept") != null ? chain.request().header("Accept")
                                : "application/json, application/problem+json")
                        .build()))
                .build();
    }

    /** Tells the transport when a request starts going out (see {@link ApiTransport.RequestSent}). */
    private static EventListener noticeSending(Call call) {
        ApiTransport.RequestSent sent = call.request().tag(ApiTransport.RequestSent.class);
        return sent == null ? EventListener.NONE : new EventListener() {
            @Override
            public void requestHeadersStart(Call sending) {
                sent.started();
            }
        };
    }
}
