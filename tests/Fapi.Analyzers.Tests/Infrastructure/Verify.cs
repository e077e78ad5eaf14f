using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Fapi.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Fapi.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the analyzer (and a fixer) on test sources under a profile chosen the way users choose it, in .editorconfig.
/// Markup: <c>{|FAPI1002:"client_secret_post"|}</c>. Fixed code is checked to compile and to carry only the
/// diagnostics the test expects, for one fix, Fix All in the document, and Fix All in the project and solution.
/// </summary>
internal static class Verify
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        using SimpleIdServer.IdServer.Api.Authorization.ResponseTypes;
        using SimpleIdServer.IdServer.Api.Token.Handlers;
        using SimpleIdServer.IdServer.Api.Token.PKCECodeChallengeMethods;
        using SimpleIdServer.IdServer.Authenticate.Handlers;
        using SimpleIdServer.IdServer.Builders;
        using SimpleIdServer.IdServer.Domains;
        using SimpleIdServer.IdServer.Options;

        """;

    /// <summary>The usings of Duende IdentityServer configuration code (IdentityServer4's are the same under its namespace).</summary>
    public const string DuendeUsings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using Duende.IdentityServer;
        using Duende.IdentityServer.Configuration;
        using Duende.IdentityServer.Models;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        """;

    /// <summary>The namespaces of a relying party: the ASP.NET Core OpenID Connect handler and Microsoft.IdentityModel.</summary>
    public const string RelyingPartyUsings = """
        using System;
        using System.Collections.Generic;
        using System.IdentityModel.Tokens.Jwt;
        using System.Net.Http;
        using System.Security.Claims;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using Microsoft.AspNetCore.Authentication;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.JsonWebTokens;
        using Microsoft.IdentityModel.Protocols.OpenIdConnect;
        using Microsoft.IdentityModel.Tokens;

        """;

    /// <summary>The namespaces of OpenIddict configuration: the server builder, applications, the client, constants.</summary>
    public const string OpenIddictUsings = """
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        using OpenIddict.Abstractions;
        using OpenIddict.Client;
        using OpenIddict.Server;
        using static OpenIddict.Abstractions.OpenIddictConstants;

        """;

    /// <summary><see cref="DuendeUsings"/> for IdentityServer4 (compile with <see cref="TestReferences.IdentityServer4"/>).</summary>
    public static readonly string IdentityServer4Usings = DuendeUsings.Replace("Duende.IdentityServer", "IdentityServer4");

    /// <summary>A SimpleIdServer host that meets every profile, so client tests judge the client alone.</summary>
    public const string CompliantHost = """

        class Host
        {
            static void Configure(WebApplicationBuilder builder)
                => builder.AddSidIdentityServer(o =>
                {
                    o.RequiredPushedAuthorizationRequest = true;
                    o.DefaultCodeChallengeMethod = "S256";
                    o.DefaultTokenEndPointAuthMethod = "private_key_jwt";
                    o.DefaultTokenSignedResponseAlg = "ES256";
                });
        }
        """;

    /// <summary>An Advanced host without PAR (so PKCE is not required) that authenticates clients with mTLS by default.</summary>
    public const string AdvancedHost = """

        class Host
        {
            static void Configure(WebApplicationBuilder builder)
                => builder.AddSidIdentityServer(o =>
                {
                    o.DefaultCodeChallengeMethod = "S256";
                    o.DefaultTokenEndPointAuthMethod = "tls_client_auth";
                    o.DefaultTokenSignedResponseAlg = "ES256";
                });
        }
        """;

    static Verify() => FapiAnalyzer.RethrowInternalErrors = true;

    public static Task Analyzer(string source, string? profile = null, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
        => Analyzer(new[] { source }, profile, caller: caller);

    public static async Task Analyzer(string[] sources, string? profile = null, string? editorConfig = null, string? globalConfig = null, DiagnosticResult[]? expected = null, bool reportsAtFileStart = false, string[]? messages = null, Microsoft.CodeAnalysis.OutputKind? outputKind = null, (string Path, string Text)[]? files = null, [System.Runtime.CompilerServices.CallerMemberName] string caller = "")
    {
        var test = new AnalyzerTest();
        foreach (var file in files ?? System.Array.Empty<(string, string)>())
        {
            // Configuration files, with markup for the diagnostics on their lines.
            test.TestState.AdditionalFiles.Add(file);
        }

        if (outputKind is { } kind)
        {
            test.TestState.OutputKind = kind;
        }

        if (reportsAtFileStart)
        {
            // A diagnostic at position 0 stands before the '#pragma warning disable' the framework inserts.
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        }

        if (expected is not null)
        {
            test.ExpectedDiagnostics.AddRange(expected);
        }

        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        Configure(test.TestState, profile, editorConfig, globalConfig);
        try
        {
            await test.RunAsync(CancellationToken.None);
        }
        catch when (System.Environment.GetEnvironmentVariable("FAPI_DUMP_ACTUAL") is { Length: > 0 } dump)
        {
            // Maintenance aid: the actual diagnostics of a failing test, for reviewing and updating its markup.
            var lines = new System.Collections.Generic.List<string>();
            foreach (var diagnostic in await Diagnostics(test))
            {
                var span = diagnostic.Location.GetLineSpan();
                lines.Add($"{diagnostic.Id} {span.Path} {span.StartLinePosition.Line + 1} {span.StartLinePosition.Character + 1} {span.EndLinePosition.Line + 1} {span.EndLinePosition.Character + 1}");
            }

            System.IO.File.WriteAllLines(System.IO.Path.Combine(dump, caller + "." + (profile ?? "default") + ".txt"), lines);
            throw;
        }

        if (messages is not null)
        {
            var reported = await Messages(test);
            foreach (var message in messages)
            {
                Xunit.Assert.Contains(message, reported);
            }
        }
    }

    /// <summary>The messages the analyzer reports on the test's sources (markup checks only IDs and spans).</summary>
    private static async Task<string> Messages(AnalyzerTest test)
        => string.Join("\n", System.Linq.Enumerable.Select(await Diagnostics(test), d => d.GetMessage()));

    private static async Task<ImmutableArray<Diagnostic>> Diagnostics(AnalyzerTest test)
    {
        var trees = new System.Collections.Generic.List<SyntaxTree>();
        foreach (var (_, text) in test.TestState.Sources)
        {
            trees.Add(CSharpSyntaxTree.ParseText(EditorConfigOptions.StripMarkup(text.ToString()), new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test" + trees.Count + ".cs"));
        }

        var compilation = CSharpCompilation.Create("Messages", trees, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var config = string.Join("\n", System.Linq.Enumerable.Select(test.TestState.AnalyzerConfigFiles, f => f.content.ToString()));
        var files = ImmutableArray.CreateRange(System.Linq.Enumerable.Select(test.TestState.AdditionalFiles,
            f => (AdditionalText)new InMemoryAdditionalText(f.filename, EditorConfigOptions.StripMarkup(f.content.ToString()))));
        var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(files, new EditorConfigOptions(config));
        return await compilation.WithAnalyzers(ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new FapiAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
    }

    /// <param name="compareTrees">False where the fixed text is right but parses to another node kind
    /// (an emptied collection initializer reads back as an object initializer).</param>
    public static async Task Fix(string source, string fixedSource, string? profile = null, int? iterations = null, string? editorConfig = null, bool compareTrees = true)
    {
        var test = new FixTest { TestCode = source, FixedCode = fixedSource };
        if (!compareTrees)
        {
            test.CodeActionValidationMode = CodeActionValidationMode.None;
        }

        Configure(test.TestState, profile, editorConfig, null);
        Configure(test.FixedState, profile, editorConfig, null);
        if (iterations is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            test.NumberOfFixAllIterations = count == 0 ? 0 : 1;
            test.NumberOfFixAllInDocumentIterations = count == 0 ? 0 : 1;
            test.NumberOfFixAllInProjectIterations = count == 0 ? 0 : 1;
        }

        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// A fix in a configuration file, as the IDE applies it (the testing library applies fixes to C# documents only):
    /// the marked diagnostics are reported, each marked rule's fix is applied until none is left, the file becomes
    /// <paramref name="fixedFile"/>, and the fixed file carries only the diagnostics its markup lists.
    /// </summary>
    public static async Task FileFix(string[] sources, (string Path, string Text) file, string fixedFile, string? profile = null)
    {
        await Analyzer(sources, profile, files: new[] { file });
        var ids = new System.Collections.Generic.HashSet<string>();
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(file.Text, @"\{\|(FAPI\d{4}):"))
        {
            ids.Add(match.Groups[1].Value);
        }

        var config = "root = true\n\n[*.{cs,json}]\n" + (profile is null ? "" : "fapi_profile = " + profile + "\n");
        var text = EditorConfigOptions.StripMarkup(file.Text);
        for (var step = 0; step < 10; step++)
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("Fixed", LanguageNames.CSharp).WithMetadataReferences(TestReferences.All)
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest)).WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            foreach (var source in sources)
            {
                project = project.AddDocument("Test" + System.Array.IndexOf(sources, source) + ".cs", source).Project;
            }

            var additional = project.AddAdditionalDocument(System.IO.Path.GetFileName(file.Path), text, filePath: file.Path);
            var compilation = (await additional.Project.GetCompilationAsync())!;
            var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(file.Path, text)), new EditorConfigOptions(config));
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FapiAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
            var actions = new System.Collections.Generic.List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
            foreach (var diagnostic in diagnostics)
            {
                if (actions.Count == 0 && ids.Contains(diagnostic.Id) && diagnostic.Location.Kind == LocationKind.ExternalFile)
                {
                    await new ConfigurationFileFixProvider().RegisterCodeFixesAsync(
                        new CodeFixContext(additional, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                }
            }

            if (actions.Count == 0)
            {
                break;
            }

            foreach (var operation in await actions[0].GetOperationsAsync(CancellationToken.None))
            {
                if (operation is Microsoft.CodeAnalysis.CodeActions.ApplyChangesOperation apply)
                {
                    text = (await apply.ChangedSolution.GetAdditionalDocument(additional.Id)!.GetTextAsync()).ToString();
                }
            }
        }

        Xunit.Assert.Equal(EditorConfigOptions.StripMarkup(fixedFile), text);
        await Analyzer(sources, profile, files: new[] { (file.Path, fixedFile) });
    }

    /// <summary>Several documents fixed together: Fix All in the project and in the solution.</summary>
    public static async Task FixAll(string[] sources, string[] fixedSources, string? profile = null)
    {
        var test = new FixTest();
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        Configure(test.TestState, profile, null, null);
        Configure(test.FixedState, profile, null, null);
        test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
        test.NumberOfIncrementalIterations = sources.Length;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync(CancellationToken.None);
    }

    private static void Configure(SolutionState state, string? profile, string? editorConfig, string? globalConfig)
    {
        var config = "root = true\n\n[*.{cs,json}]\n";
        if (profile is not null)
        {
            config += "fapi_profile = " + profile + "\n";
        }

        config += editorConfig;

        // What SimpleIdServer cannot enforce is reported once per host; rule tests judge configuration, so they declare
        // each limitation mitigated unless the test sets that rule's library_limitation itself.
        foreach (var id in Fapi.Analyzers.Profiles.ProfileResolver.RuleIdsWithLimitations)
        {
            if (editorConfig is null || !editorConfig.Contains(id + ".library_limitation", System.StringComparison.Ordinal))
            {
                config += id + Fapi.Analyzers.Profiles.ProfileResolver.LimitationKeySuffix + " = mitigated\n";
            }
        }

        state.AnalyzerConfigFiles.Add(("/.editorconfig", config));
        if (globalConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }
    }

    /// <summary>References come from the restored reference packs, never from a package download at test time.</summary>
    private static void UseTestReferences(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectMetadataReferences(projectId, TestReferences.All));
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<FapiAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest() => UseTestReferences(this);

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Disable);
    }

    private sealed class FixTest : CSharpCodeFixTest<FapiAnalyzer, FapiCodeFixProvider, DefaultVerifier>
    {
        public FixTest()
        {
            UseTestReferences(this);

            // Markup in the fixed code lists the diagnostics that remain after the fix, fixable or not.
            FixedState.MarkupHandling = MarkupMode.Allow;
        }

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Disable);
    }
}
