using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
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
        MetadataReference.CreateFromFile(typeof(Microsoft.IdentityModel.Abstractions.IIdentityLogger).Assembly.Location)));

    private static readonly Lazy<ImmutableArray<MetadataReference>> Libraries = new(() => IdentityModel.Value.Add(
        Stub("SimpleIdServerStub.cs", "SimpleIdServer.IdServer")));

    /// <summary>Everything a test compilation references.</summary>
    public static ImmutableArray<MetadataReference> All => Framework.Value.AddRange(Libraries.Value);

    public static string RepositoryRoot => Metadata("RepositoryRoot");

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

    private static MetadataReference Stub(string fileName, string assemblyName)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(StubSource(fileName), new CSharpParseOptions(LanguageVersion.Latest)) },
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
