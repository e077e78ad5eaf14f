using System.Collections.Immutable;

namespace Fapi.Analyzers.Bindings;

/// <summary>Every library the engine reads; adding one is adding its bindings file here.</summary>
internal static class Libraries
{
    public static readonly ImmutableArray<LibraryBinding> All = ImmutableArray.Create(
        SimpleIdServerBindings.Binding,
        DuendeIdentityServerBindings.Binding,
        IdentityServer4Bindings.Binding,
        AspNetCoreOpenIdConnectBindings.Binding,
        OpenIddictBindings.Binding,
        IdentityModelBindings.Binding);
}
