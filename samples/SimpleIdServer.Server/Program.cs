using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using SimpleIdServer.IdServer.Builders;
using SimpleIdServer.IdServer.Domains;

var builder = WebApplication.CreateBuilder(args);

// FAPI2005: PAR is not required; FAPI2002: a request without a method means plain PKCE.
builder.AddSidIdentityServer(options =>
{
    options.DefaultTokenEndPointAuthMethod = "private_key_jwt";
    options.DefaultTokenSignedResponseAlg = SecurityAlgorithms.EcdsaSha256;
})
    .AddInMemoryClients(Clients.All());

builder.Build().Run();

static class Clients
{
    public static List<Client> All() => new()
    {
        // FAPI1002 (client_secret_post), FAPI2001 (no PKCE for confidential clients), FAPI3001 (RS256 ID tokens),
        // FAPI4001 (bearer tokens), FAPI2007 (http redirect).
        ClientBuilder.BuildTraditionalWebsiteClient("website", "secret", null, "http://localhost:5001/signin-oidc")
            .SetIdTokenSignedResponseAlg(SecurityAlgorithms.RsaSha256)
            .Build(),

        // FAPI1001: public clients are not allowed under FAPI 2.0; FAPI2008: implicit flow (it also sets the response types).
        ClientBuilder.BuildUserAgentClient("spa", "secret", null, "https://spa.example.com/callback")
            .UseImplicitFlow()
            .Build(),

        // Compliant machine client: private_key_jwt and DPoP-bound tokens.
        ClientBuilder.BuildApiClient("machine", "unused")
            .UsePrivateKeyJwtAuthentication()
            .UseDPOPProof()
            .Build(),
    };
}
