using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Client;
using static OpenIddict.Abstractions.OpenIddictConstants;

var builder = WebApplication.CreateBuilder(args);

// FAPI2005 and FAPI4003: pushed authorization requests are not required (and a request_uri would live an hour).
builder.Services.AddOpenIddict()
    .AddServer(options =>
    {
        options.SetAuthorizationEndpointUris("connect/authorize")
            .SetTokenEndpointUris("connect/token");

        options.AllowAuthorizationCodeFlow()
            .AllowRefreshTokenFlow()
            // FAPI2008: the implicit flow is not allowed by any FAPI profile.
            .AllowImplicitFlow();

        options.RequireProofKeyForCodeExchange();
        // FAPI4002: authorization codes live five minutes; FAPI 2.0 allows one.
        options.SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(5));
        // FAPI4006 is not reported: rolling refresh tokens are off. FAPI4001: tokens are bound to the client certificate.
        options.DisableRollingRefreshTokens();
        options.UseClientCertificateBoundAccessTokens();

        // FAPI2002 is not reported: plain PKCE is removed, S256 stays.
        options.Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));

        if (builder.Environment.IsDevelopment())
        {
            options.AddDevelopmentSigningCertificate();
        }
        else
        {
            // FAPI3001: an RSA key signs RS256, which FAPI 2.0 does not allow (ES256 below is fine).
            options.AddSigningKey(new RsaSecurityKey(RSA.Create(2048)));
            options.AddSigningKey(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)));
        }
    })
    .AddClient(options =>
    {
        options.AllowAuthorizationCodeFlow();
        options.AddRegistration(new OpenIddictClientRegistration
        {
            Issuer = new Uri("https://partner.example.com/"),
            ClientId = "bank-web",
            // FAPI1002: a shared secret; FAPI 2.0 asks for private_key_jwt or mTLS.
            ClientSecret = builder.Configuration["Partner:ClientSecret"],
            ResponseTypes = { ResponseTypes.Code },
        });
    });

builder.Build().Run();

static class Applications
{
    public static async Task SeedAsync(IOpenIddictApplicationManager manager)
    {
        // FAPI1001: no client type and no secret make a public client.
        await manager.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = "bank-spa",
            RedirectUris = { new Uri("https://spa.bank.example.com/callback") },
            Permissions = { Permissions.Endpoints.Authorization, Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code },
        });

        // A compliant confidential client: a key set for private_key_jwt, code only.
        await manager.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = "bank-web",
            ClientType = ClientTypes.Confidential,
            JsonWebKeySet = new JsonWebKeySet(),
            RedirectUris = { new Uri("https://web.bank.example.com/callback") },
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                // FAPI2003: code id_token is not allowed by FAPI 2.0 (code only).
                Permissions.ResponseTypes.CodeIdToken,
            },
        });
    }
}
