using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Extraction;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace Fapi.Analyzers.Tests.Infrastructure;

/// <summary>
/// The fact layer of the tests: a snippet of library code in, the configurations the engine extracts out, with no
/// rule and no profile involved. The engine is created as <see cref="FapiAnalyzer"/> creates it, and every operation
/// block of the snippet (members, accessors, field and property initializers, top-level statements) is extracted.
/// </summary>
internal static class FactHarness
{
    /// <summary>Every configuration the snippet (<see cref="Verify.Usings"/> is prepended) yields, block by block in source order.</summary>
    public static Extracted Extract(string code, bool allowErrors = false, string? usings = null)
    {
        var snippet = Compile(code, allowErrors, usings);
        var extractor = new Extractor(snippet.Bindings, new ServerIndex(snippet.Bindings, snippet.Bodies, CancellationToken.None), snippet.Bodies);
        var result = new List<ClientConfiguration>();
        foreach (var block in snippet.Blocks())
        {
            var roots = block.DescendantsAndSelf().Where(extractor.IsRoot).ToList();
            if (roots.Count > 0)
            {
                result.AddRange(extractor.Extract(roots, new BlockScope(ImmutableArray.Create(block))));
            }
        }

        return new Extracted(result);
    }

    /// <summary>
    /// What the <see cref="ValueResolver"/> makes of the initializer of the local <c>probe</c> in <paramref name="body"/>
    /// (statements of a method; <paramref name="members"/> are more members of its class).
    /// </summary>
    public static (bool Known, object? Value) Resolve(string body, string members = "")
    {
        var snippet = Compile("class Probe\n{\n" + members + "\nvoid M(string parameter)\n{\n" + body + "\n}\n}\n", allowErrors: false, usings: null);
        var method = snippet.Blocks().Single(b => b.Syntax is MethodDeclarationSyntax { Identifier.ValueText: "M" });
        var probe = method.Descendants().OfType<IVariableDeclaratorOperation>().Single(d => d.Symbol.Name == "probe");
        var resolver = new ValueResolver(snippet.Bindings, new BlockScope(ImmutableArray.Create(method)));
        return resolver.TryResolve(probe.GetVariableInitializer()!.Value, out var value) ? (true, value) : (false, null);
    }

    /// <summary>The source text a location covers: what a diagnostic would underline.</summary>
    public static string Text(this Location location) => location.SourceTree!.GetText().ToString(location.SourceSpan);

    /// <summary>Asserts one single-valued fact: its value, where it comes from, and the code it points at.</summary>
    public static Fact AssertFact(this ClientConfiguration configuration, Setting setting, object value, FactOrigin origin, string at)
    {
        var fact = configuration.Get(setting);
        Assert.True(fact is not null, setting + " has no fact" + (configuration.IsUnknown(setting) ? " (it is unknown)" : ""));
        Assert.Equal(value, fact!.Value);
        Assert.Equal(origin, fact.Origin);
        Assert.Equal(at, fact.Location.Text());
        return fact;
    }

    /// <summary>Asserts a setting is unknown: written with a value nobody knows, so no fact and no verdict.</summary>
    public static void AssertUnknown(this ClientConfiguration configuration, Setting setting)
    {
        Assert.True(configuration.IsUnknown(setting), setting + " is not unknown");
        Assert.Null(configuration.Get(setting));
    }

    /// <summary>The values of a collection setting, in order.</summary>
    public static string[] Values(this ClientConfiguration configuration, Setting setting)
        => configuration.Elements(setting).Select(f => f.AsString ?? f.Value.ToString()!).ToArray();

    private static Snippet Compile(string code, bool allowErrors, string? usings = null)
    {
        var tree = CSharpSyntaxTree.ParseText((usings ?? Verify.Usings) + code, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Facts.cs");
        var topLevel = tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create("Facts", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(topLevel ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary));
        if (!allowErrors)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The snippet does not compile:\n" + string.Join("\n", errors));
        }

        var bindings = BoundBindings.Create(compilation, Libraries.All) ?? throw new InvalidOperationException("SimpleIdServer is not referenced");
        return new Snippet(compilation.GetSemanticModel(tree), bindings, new MethodBodies(compilation));
    }

    /// <summary>A compiled snippet with the engine's per-compilation state, as the host creates it at compilation start.</summary>
    private sealed record Snippet(SemanticModel Model, BoundBindings Bindings, MethodBodies Bodies)
    {
        /// <summary>The operation blocks the analyzer host would be given, one per member body or initializer.</summary>
        public IEnumerable<IOperation> Blocks()
        {
            var root = (CompilationUnitSyntax)Model.SyntaxTree.GetRoot();
            if (root.Members.OfType<GlobalStatementSyntax>().Any() && Model.GetOperation(root) is { } program)
            {
                yield return program;
            }

            foreach (var node in root.DescendantNodes())
            {
                SyntaxNode? body = node switch
                {
                    BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => node,
                    ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } => node,
                    EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } } => node,
                    EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } => node,
                    _ => null,
                };
                if (body is not null && Model.GetOperation(body) is { } operation)
                {
                    yield return operation;
                }
            }
        }
    }
}

/// <summary>The configurations of one snippet, looked up by role and client name.</summary>
internal sealed class Extracted
{
    public Extracted(IReadOnlyList<ClientConfiguration> all) => All = all;

    public IReadOnlyList<ClientConfiguration> All { get; }

    public IEnumerable<ClientConfiguration> Clients => All.Where(c => c.Kind == ConfigurationKind.Client);

    public IEnumerable<ClientConfiguration> Servers => All.Where(c => c.Kind == ConfigurationKind.Server);

    /// <summary>The one client of the snippet, or the one named <paramref name="clientId"/>.</summary>
    public ClientConfiguration Client(string? clientId = null)
        => Assert.Single(clientId is null ? Clients : Clients.Where(c => c.Name == clientId));

    /// <summary>The one server registration of the snippet, or the one whose anchor reads <paramref name="anchor"/>.</summary>
    public ClientConfiguration Server(string? anchor = null)
        => Assert.Single(anchor is null ? Servers : Servers.Where(c => c.Anchor.Text() == anchor));
}
