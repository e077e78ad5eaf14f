using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Fapi.Analyzers.Tests.Infrastructure;

/// <summary>
/// The references of every test compilation, built once: the .NET and ASP.NET Core reference packs restored with
/// this project, the real library packages, and the stubs of libraries the package mirror lacks, compiled from source.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        Directory.GetFiles(Metadata("NetRefPack"), "*.dll")
            .Concat(Directory.GetFiles(Metadata("AspNetCoreRefPack"), "*.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> IdentityModel = new(() => ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(Microsoft.IdentityModel.Tokens.SecurityAlgorithms).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.IdentityModel.Logging.IdentityModelEventSource).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.IdentityModel.Abstractions.IIdentityLogger).Assembly.Location),
        // The JWT and protocol libraries the ASP.NET Core OpenID Connect handler brings.
        MetadataReference.CreateFromFile(typeof(Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectMessage).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.IdentityModel.Protocols.AuthenticationProtocolMessage).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(System.IdentityModel.Tokens.Jwt.JwtSecurityToken).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.IdentityModel.JsonWebTokens.JsonWebToken).Assembly.Location)));

    /// <summary>The relying party: the ASP.NET Core OpenID Connect handler (the real package).</summary>
    private static readonly Lazy<MetadataReference> OpenIdConnect = new(() =>
        MetadataReference.CreateFromFile(typeof(Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions).Assembly.Location));

    /// <summary>OpenIddict's server, client and abstractions (the real packages).</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> OpenIddict = new(() => ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(global::OpenIddict.Server.OpenIddictServerOptions).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(global::OpenIddict.Client.OpenIddictClientRegistration).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(global::OpenIddict.Abstractions.OpenIddictApplicationDescriptor).Assembly.Location)));

    private static readonly Lazy<MetadataReference> SimpleIdServer = new(() => Stub("SimpleIdServerStub.cs", "SimpleIdServer.IdServer"));

    private static readonly ConcurrentDictionary<(string File, string Assembly, string Version), MetadataReference> Stubs = new();

    private static readonly Lazy<ImmutableArray<MetadataReference>> Default = new(() => Framework.Value.AddRange(IdentityModel.Value)
        .Add(OpenIdConnect.Value).AddRange(OpenIddict.Value).Add(SimpleIdServer.Value).Add(DuendeStub(DuendeVersion)));

    private static readonly AsyncLocal<ImmutableArray<MetadataReference>?> Chosen = new();

    /// <summary>The Duende IdentityServer version the default references carry.</summary>
    public const string DuendeVersion = "7.0.0.0";

    /// <summary>
    /// Everything a test compilation references: SimpleIdServer and Duende IdentityServer 7 unless a test chose other
    /// library versions with <see cref="Use"/> (IdentityServer4 and Duende declare the same registration methods, so
    /// one compilation references one of them).
    /// </summary>
    public static ImmutableArray<MetadataReference> All => Chosen.Value ?? Default.Value;

    /// <summary>Every reference but the SimpleIdServer and Duende stubs: for a project that declares a library's types in its own source.</summary>
    public static ImmutableArray<MetadataReference> WithoutServerStubs()
        => Framework.Value.AddRange(IdentityModel.Value).Add(OpenIdConnect.Value).AddRange(OpenIddict.Value);

    /// <summary>The .NET and ASP.NET Core reference packs alone: a project that references no OAuth library.</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly => Framework.Value;

    /// <summary>Duende IdentityServer at <paramref name="version"/> (defaults changed between releases) instead of 7.0.</summary>
    public static ImmutableArray<MetadataReference> Duende(string version)
        => Framework.Value.AddRange(IdentityModel.Value).Add(OpenIdConnect.Value).AddRange(OpenIddict.Value).Add(SimpleIdServer.Value).Add(DuendeStub(version));

    /// <summary>IdentityServer4 at <paramref name="version"/> instead of Duende IdentityServer.</summary>
    public static ImmutableArray<MetadataReference> IdentityServer4(string version = "4.1.2.0")
        => Framework.Value.AddRange(IdentityModel.Value).Add(OpenIdConnect.Value).AddRange(OpenIddict.Value).Add(SimpleIdServer.Value)
            .Add(Stubs.GetOrAdd(("IdentityServer4Stub.cs", "IdentityServer4", version), key => Stub(key.File, key.Assembly, key.Version)));

    /// <summary>The ASP.NET Core 8 OpenID Connect handler's shape (a stub: the 8.0 package targets net8.0 only) instead of the real 10.0.</summary>
    public static ImmutableArray<MetadataReference> AspNetCore8()
        => Framework.Value.AddRange(IdentityModel.Value).Add(SimpleIdServer.Value).Add(DuendeStub(DuendeVersion))
            .Add(Stubs.GetOrAdd(("AspNetCoreOpenIdConnect8Stub.cs", "Microsoft.AspNetCore.Authentication.OpenIdConnect", "8.0.0.0"), key => Stub(key.File, key.Assembly, key.Version)));

    /// <summary>Makes <see cref="All"/> return <paramref name="references"/> in this test's async flow until disposed.</summary>
    public static IDisposable Use(ImmutableArray<MetadataReference> references)
    {
        var previous = Chosen.Value;
        Chosen.Value = references;
        return new Restore(() => Chosen.Value = previous);
    }

    private static MetadataReference DuendeStub(string version)
        => Stubs.GetOrAdd(("DuendeIdentityServerStub.cs", "Duende.IdentityServer", version), key => Stub(key.File, key.Assembly, key.Version));

    private sealed class Restore : IDisposable
    {
        private readonly Action _restore;

        public Restore(Action restore) => _restore = restore;

        public void Dispose() => _restore();
    }

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    /// <summary>The version of the ASP.NET Core OpenID Connect package the tests restored (for a consumer project to reference).</summary>
    public static string AspNetCoreOpenIdConnectVersion => typeof(Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>The version of Microsoft.IdentityModel the tests restored.</summary>
    public static string IdentityModelVersion => typeof(Microsoft.IdentityModel.Tokens.SecurityAlgorithms).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    /// <summary>The restored packages folder, usable as an offline feed for the packages this repository already restored.</summary>
    public static string PackagesFolder => Metadata("NuGetPackageRoot");

    /// <summary>The source of a library stub (embedded from Stubs/).</summary>
    public static string StubSource(string fileName)
    {
        using var stream = typeof(TestReferences).Assembly.GetManifestResourceStream("Stubs." + fileName)
            ?? throw new InvalidOperationException("Missing embedded stub " + fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <param name="version">Replaces the stub's own AssemblyVersion: the engine reads a library's version from it.</param>
    private static MetadataReference Stub(string fileName, string assemblyName, string? version = null)
    {
        var source = StubSource(fileName);
        if (version is not null)
        {
            source = System.Text.RegularExpressions.Regex.Replace(source, @"AssemblyVersion\(""[0-9.]+""\)", "AssemblyVersion(\"" + version + "\")");
        }

        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            Framework.Value.AddRange(IdentityModel.Value),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("Stub " + fileName + " does not compile: " + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static string Metadata(string key)
        => typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
