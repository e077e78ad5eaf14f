using System;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
    })
    .AddCookie()
    // FAPI2005: PushedAuthorizationBehavior stays UseIfAvailable (the handler's default), reported on AddOpenIdConnect.
    .AddOpenIdConnect(options =>
    {
        options.Authority = "https://localhost:5001";
        options.ClientId = "bank-web";
        // FAPI1002: the handler sends the secret as client_secret_post; FAPI 2.0 asks for private_key_jwt or mTLS.
        options.ClientSecret = builder.Configuration["Oidc:ClientSecret"];
        // FAPI2003: code id_token is not allowed by FAPI 2.0 (code only).
        options.ResponseType = OpenIdConnectResponseType.CodeIdToken;
        // FAPI5001: metadata and keys over http, and the issuer not checked.
        options.RequireHttpsMetadata = false;
        options.TokenValidationParameters.ValidateIssuer = false;
        // FAPI3001: RS256 is accepted on ID tokens.
        options.TokenValidationParameters.ValidAlgorithms = new[] { SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256 };
    })
    // A compliant scheme: a client assertion, code, PKCE, PAR required.
    .AddOpenIdConnect("partner", options =>
    {
        options.Authority = "https://localhost:5001";
        options.ClientId = "partner-web";
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Require;
        options.Events.OnAuthorizationCodeReceived = context =>
        {
            context.TokenEndpointRequest.ClientAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            context.TokenEndpointRequest.ClientAssertion = ClientAssertions.Create("partner-web", context.Options.Authority);
            return Task.CompletedTask;
        };
    });

builder.Build().Run();

static class ClientAssertions
{
    public static string Create(string clientId, string audience)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(1),
            // FAPI3003: a 1024-bit RSA key; FAPI3001: RS256 (the fix writes PS256, which the same key signs).
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(RSA.Create(1024)), SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
