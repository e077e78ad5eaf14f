using System.Collections.Immutable;
using Fapi.Analyzers.Facts;

namespace Fapi.Analyzers.Bindings;

/// <summary>
/// Microsoft.IdentityModel where a client signs or encrypts its own protocol JWTs (client assertions, request
/// objects): a SecurityTokenDescriptor or a JwtSecurityToken with its credentials. Only in compilations of an OpenID
/// Connect client (the gate type): elsewhere a JWT is no FAPI protocol message.
/// </summary>
internal static class IdentityModelBindings
{
    private const string Descriptor = "Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor";
    private const string JwtToken = "System.IdentityModel.Tokens.Jwt.JwtSecurityToken";

    public static readonly LibraryBinding Binding = new()
    {
        Name = "Microsoft.IdentityModel",
        GateTypes = ImmutableArray.Create("Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions"),
        Models = ImmutableArray.Create(
            new ModelBinding(Descriptor, ConfigurationKind.RelyingParty, ImmutableArray.Create(
                new PropertyBinding("SigningCredentials", Setting.ClientKeySigningAlgorithm) { KeySetting = Setting.ClientSigningKeys },
                new PropertyBinding("EncryptingCredentials", Setting.ClientJwtEncryptionAlgorithm)), ImmutableArray<SettingValue>.Empty),
            new ModelBinding(JwtToken, ConfigurationKind.RelyingParty, ImmutableArray<PropertyBinding>.Empty, ImmutableArray<SettingValue>.Empty)
            {
                ConstructorParameters = ImmutableArray.Create(new ParameterBinding("signingCredentials", Setting.ClientKeySigningAlgorithm) { KeySetting = Setting.ClientSigningKeys }),
            }),
        ObjectValues = ImmutableArray.Create(
            // The algorithm a credential names is the one the JWT header carries (SigningCredentials(key, algorithm)).
            new ObjectValue("Microsoft.IdentityModel.Tokens.SigningCredentials", "Algorithm", "algorithm"),
            new ObjectValue("Microsoft.IdentityModel.Tokens.EncryptingCredentials", "Alg", "alg")),
    };
}
