using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Duende.IdentityServer;
using Duende.IdentityServer.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

// FAPI2005 (PAR not required), FAPI4003 (request_uri lives 600 s), FAPI4005 (5-minute clock skew): Duende's defaults,
// reported on AddIdentityServer. FAPI3001: the accepted assertion algorithms include RS256. FAPI3003: a 1024-bit RSA
// key; FAPI3002: it signs with PS256, not the profile table's ES256.
builder.Services.AddIdentityServer(options =>
    {
        options.EmitIssuerIdentificationResponseParameter = true;
        options.SupportedRequestObjectSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
        options.DPoP.SupportedDPoPSigningAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256 };
    })
    .AddSigningCredential(new RsaSecurityKey(RSA.Create(1024)), IdentityServerConstants.RsaSigningAlgorithm.PS256)
    .AddInMemoryClients(Clients.All)
    // The partners' clients live in appsettings.json: their violations are reported on its lines (FAPI2001, FAPI2008).
    .AddInMemoryClients(builder.Configuration.GetSection("IdentityServer:Partners"));

builder.Build().Run();

static class Clients
{
    private const string Jwk = "{ \"kty\": \"EC\", \"crv\": \"P-256\" }";

    public static IEnumerable<Client> All => new List<Client>
    {
        // FAPI1002 (a shared secret), FAPI4001 (bearer tokens: no DPoP, no certificate), FAPI4002 (codes live 300 s),
        // FAPI2007 (http redirect).
        new Client
        {
            ClientId = "website",
            AllowedGrantTypes = GrantTypes.Code,
            ClientSecrets = { new Secret("secret".Sha256()) },
            RedirectUris = { "http://localhost:5001/signin-oidc" },
        },

        // FAPI1001 (a public client), FAPI2008 (the hybrid flow is not FAPI 2.0; the fix makes it GrantTypes.Code).
        new Client
        {
            ClientId = "spa",
            AllowedGrantTypes = GrantTypes.Hybrid,
            RequireClientSecret = false,
            RequireDPoP = true,
            AuthorizationCodeLifetime = 60,
            RedirectUris = { "https://spa.example.com/callback" },
        },

        // Compliant: private_key_jwt, DPoP-bound tokens, short-lived codes.
        new Client
        {
            ClientId = "machine",
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            ClientSecrets = { new Secret { Type = IdentityServerConstants.SecretTypes.JsonWebKey, Value = Jwk } },
            RequireDPoP = true,
        },
    };
}
