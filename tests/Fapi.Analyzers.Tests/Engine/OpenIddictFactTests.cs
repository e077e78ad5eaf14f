using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Fapi.Analyzers.Tests.Engine;

/// <summary>OpenIddict snippets in, facts out: builder calls, options, prefixed permissions, requirements as membership.</summary>
public sealed class OpenIddictFactTests
{
    [Fact]
    public void A_client_registration_beside_a_server_keeps_its_own_facts()
    {
        var extracted = FactHarness.Extract("""
            using Microsoft.AspNetCore.Builder;
            static class Startup
            {
                static void Configure(WebApplicationBuilder builder)
                {
                    builder.Services.AddOpenIddict()
                        .AddServer(options => { options.AllowAuthorizationCodeFlow(); })
                        .AddClient(options =>
                        {
                            var registration = new OpenIddictClientRegistration { ClientId = "teller", ResponseTypes = { ResponseTypes.Code } };
                            registration.ClientSecret = builder.Configuration["Partner:ClientSecret"];
                            options.AddRegistration(registration);
                        });
                }
            }
            """, usings: Verify.OpenIddictUsings);
        var registration = Assert.Single(extracted.All, c => c.Kind == ConfigurationKind.RelyingParty);
        registration.AssertFact(Setting.TokenEndpointAuthMethod, "client_secret_post", FactOrigin.Code, "builder.Configuration[\"Partner:ClientSecret\"]");
        Assert.Equal(new[] { "code" }, registration.Values(Setting.ResponseTypes));
        var server = Assert.Single(extracted.Servers);
        Assert.Equal(new[] { "authorization_code" }, server.Values(Setting.GrantTypes));
    }

    [Fact]
    public void Permissions_by_prefix_and_requirements_as_membership()
    {
        var extracted = FactHarness.Extract("""
            static class Seeder
            {
                static void Seed(string secret)
                {
                    var descriptor = new OpenIddictApplicationDescriptor
                    {
                        ClientId = "web",
                        ClientSecret = secret,
                        Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.CodeIdToken, Permissions.Prefixes.Scope + "accounts" },
                        Requirements = { Requirements.Features.ProofKeyForCodeExchange },
                    };
                    descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
                    descriptor.Requirements.Remove(Requirements.Features.PushedAuthorizationRequests);
                }
            }
            """, usings: Verify.OpenIddictUsings);
        var client = Assert.Single(extracted.Clients);
        Assert.Equal(new[] { "authorization_code", "refresh_token" }, client.Values(Setting.GrantTypes));
        Assert.Equal(new[] { "code", "id_token" }, client.Values(Setting.ResponseTypes));
        client.AssertFact(Setting.PkceRequired, true, FactOrigin.Code, "Requirements.Features.ProofKeyForCodeExchange");
        client.AssertFact(Setting.PushedAuthorizationRequired, false, FactOrigin.Code, "descriptor.Requirements.Remove(Requirements.Features.PushedAuthorizationRequests)");
        client.AssertFact(Setting.PublicClient, false, FactOrigin.LibraryDefault, "OpenIddictApplicationDescriptor");
        Assert.False(client.IsUnknown(Setting.GrantTypes));
    }

    [Fact]
    public void Builder_calls_and_options_through_Configure_are_one_server()
    {
        var server = Assert.Single(FactHarness.Extract("""
            static class Startup
            {
                static void Configure(IServiceCollection services)
                    => services.AddOpenIddict().AddServer(options =>
                    {
                        options.AllowAuthorizationCodeFlow().AllowPasswordFlow();
                        options.SetAuthorizationCodeLifetime(TimeSpan.FromSeconds(45));
                        options.Configure(o =>
                        {
                            o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain);
                            o.RequestTokenLifetime = TimeSpan.FromSeconds(90);
                            o.DisableRollingRefreshTokens = true;
                        });
                    });
            }
            """, usings: Verify.OpenIddictUsings).Servers);
        Assert.Equal(new[] { "authorization_code", "password" }, server.Values(Setting.GrantTypes));
        server.AssertFact(Setting.AuthorizationCodeLifetimeSeconds, System.TimeSpan.FromSeconds(45), FactOrigin.Code, "TimeSpan.FromSeconds(45)");
        server.AssertFact(Setting.PlainPkceAccepted, false, FactOrigin.Code, "o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain)");
        server.AssertFact(Setting.PushedRequestLifetimeSeconds, System.TimeSpan.FromSeconds(90), FactOrigin.Code, "TimeSpan.FromSeconds(90)");
        server.AssertFact(Setting.RefreshTokenRotation, false, FactOrigin.Code, "true");
    }
}
