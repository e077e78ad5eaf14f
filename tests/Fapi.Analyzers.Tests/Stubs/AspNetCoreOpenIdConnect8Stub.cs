// The ASP.NET Core 8 OpenID Connect handler's options as far as the bindings read them (dotnet/aspnetcore release/8.0,
// src/Security/Authentication/OpenIdConnect/src): no PushedAuthorizationBehavior, which arrived in 9.0. The 8.0 package
// targets net8.0 only, so tests of the version table compile against this shape.
[assembly: System.Reflection.AssemblyVersion("8.0.0.0")]

namespace Microsoft.AspNetCore.Authentication.OpenIdConnect
{
    public class OpenIdConnectOptions : Microsoft.AspNetCore.Authentication.RemoteAuthenticationOptions
    {
        public string ClientId { get; set; }
        public string ClientSecret { get; set; }
        public string ResponseType { get; set; } = "id_token";
        public string ResponseMode { get; set; } = "form_post";
        public bool UsePkce { get; set; } = true;
        public bool RequireHttpsMetadata { get; set; } = true;
        public Microsoft.IdentityModel.Tokens.TokenValidationParameters TokenValidationParameters { get; set; } = new Microsoft.IdentityModel.Tokens.TokenValidationParameters();
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    using System;
    using Microsoft.AspNetCore.Authentication;
    using Microsoft.AspNetCore.Authentication.OpenIdConnect;

    public static class OpenIdConnectExtensions
    {
        public static AuthenticationBuilder AddOpenIdConnect(this AuthenticationBuilder builder) => builder;

        public static AuthenticationBuilder AddOpenIdConnect(this AuthenticationBuilder builder, Action<OpenIdConnectOptions> configureOptions) => builder;

        public static AuthenticationBuilder AddOpenIdConnect(this AuthenticationBuilder builder, string authenticationScheme, Action<OpenIdConnectOptions> configureOptions) => builder;

        public static AuthenticationBuilder AddOpenIdConnect(this AuthenticationBuilder builder, string authenticationScheme, string displayName, Action<OpenIdConnectOptions> configureOptions) => builder;
    }
}
