package dev.trackboard.embedded.tracking;

import dev.trackboard.embedded.ApiCaller;
import dev.trackboard.embedded.ConditionalOnEmbeddedMode;
import dev.trackboard.embedded.TrackingApi;
import dev.trackboard.embedded.access.AuthorizedGuild;
import dev.trackboard.embedded.web.Items;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/guilds/{guildId}/brands}: the brands a guild tracks, with their counts. */
@RestController
@RequestMapping("/api/v1/guilds/{guildId}/brands")
@TrackingApi
@ConditionalOnEmbeddedMode
class BrandController {


    private final BrandStore brands;

    BrandController(BrandStore brands) {
        this.brands = brands;
    }

    @GetMapping
    Items<BrandStore.Brand> list(AuthorizedGuild guild) {
        return new Items<>(brands.list(guild.id()));
    }

    @GetMapping("/{brandId}")
    BrandStore.Brand one(AuthorizedGuild guild, @PathVariable String brandId) {
        return brands.one(guild.id(), Ids.parse(brandId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BrandStore.Brand create(AuthorizedGuild guild, ApiCaller caller, @RequestBody BrandStore.BrandInput input) {
        return brands.create(guild.id(), caller.userId(), input);
    }

    @PutMapping("/{brandId}")
    BrandStore.Brand update(AuthorizedGuild guild, ApiCaller caller, @PathVariable String brandId,
                            @RequestBody BrandStore.BrandInput input) {
        return brands.update(guild.id(), caller.userId(), Ids.parse(brandId), input);
    }

    @DeleteMapping("/{brandId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(AuthorizedGuild guild, ApiCaller caller, @PathVariable String brandId) {
        brands.delete(guild.id(), caller.userId(), Ids.parse(brandId));
    }
}
