using System.Collections.Immutable;
using Fapi.Analyzers.Facts;

namespace Fapi.Analyzers.Bindings;

/// <summary>
/// Microsoft.IdentityModel where a client signs or encrypts its own protocol JWTs (client assertions, request
/// objects): a SecurityTokenDescriptor or a JwtSecurityToken with its credentials, in compilations of an OpenID
/// Connect client (the gate type), and only where the token reaches a protocol message: built in a method that writes
/// a client assertion or request object, or that such a write calls. Elsewhere a JWT is no FAPI message.
/// </summary>
internal static class IdentityModelBindings
{
    private const string Descriptor = "Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor";
    private const string JwtToken = "System.IdentityModel.Tokens.Jwt.JwtSecurityToken";
    private const string Message = "Microsoft.IdentityModel.Protocols.AuthenticationProtocolMessage";

    public static readonly LibraryBinding Binding = new()
    {
        Name = "Microsoft.IdentityModel",
        GateTypes = ImmutableArray.Create("Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions"),
        Models = ImmutableArray.Create(
            new ModelBinding(Descriptor, ConfigurationKind.RelyingParty, ImmutableArray.Create(
                new PropertyBinding("SigningCredentials", Setting.ClientKeySigningAlgorithm) { KeySetting = Setting.ClientSigningKeys },
                new PropertyBinding("EncryptingCredentials", Setting.ClientJwtEncryptionAlgorithm)), ImmutableArray<SettingValue>.Empty)
            {
                RequiresProtocolReach = true,
            },
            new ModelBinding(JwtToken, ConfigurationKind.RelyingParty, ImmutableArray<PropertyBinding>.Empty, ImmutableArray<SettingValue>.Empty)
            {
                RequiresProtocolReach = true,
                ConstructorParameters = ImmutableArray.Create(new ParameterBinding("signingCredentials", Setting.ClientKeySigningAlgorithm) { KeySetting = Setting.ClientSigningKeys }),
            }),
        // A client assertion for the token or PAR request; a request object as the request parameter.
        ProtocolSinks = ImmutableArray.Create(
            new ProtocolSink(Message, "ClientAssertion"),
            new ProtocolSink(Message, "SetParameter", "request"),
            new ProtocolSink(Message, "SetParameter", "client_assertion")),
        ObjectValues = ImmutableArray.Create(
            // The algorithm a credential names is the one the JWT header carries (SigningCredentials(key, algorithm)).
            new ObjectValue("Microsoft.IdentityModel.Tokens.SigningCredentials", "Algorithm", "algorithm"),
            new ObjectValue("Microsoft.IdentityModel.Tokens.EncryptingCredentials", "Alg", "alg")),
    };
}
