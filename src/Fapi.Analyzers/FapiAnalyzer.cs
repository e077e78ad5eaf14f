using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Extraction;
using Fapi.Analyzers.Profiles;
using Fapi.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Fapi.Analyzers;

/// <summary>
/// The one host: resolves the profile and the referenced libraries once per compilation, collects configuration
/// roots per operation block, extracts them once, and runs every rule over the result.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class FapiAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Supported = RuleCatalog.Descriptors();

    /// <summary>Tests set this so that an internal error fails the test instead of being contained.</summary>
    internal static bool RethrowInternalErrors { get; set; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

    public override void Initialize(AnalysisContext context)
    {
        // Security configuration in generated files (scaffolding, source generators) is still deployed configuration.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var profiles = new ProfileResolver(context.Options.AnalyzerConfigOptionsProvider);
        RegisterConfigurationChecks(context, profiles);

        var bindings = BoundBindings.Create(context.Compilation, Libraries.All);
        if (bindings is null)
        {
            return;
        }

        var bodies = new MethodBodies(context.Compilation);
        var servers = new ServerIndex(bindings, bodies, context.CancellationToken);
        var extractor = new Extractor(bindings, servers, bodies);
        RegisterConfigurationFiles(context, bindings, servers, extractor, profiles);
        context.RegisterOperationBlockStartAction(block =>
        {
            var tree = block.OperationBlocks.IsEmpty ? null : block.OperationBlocks[0].Syntax.SyntaxTree;
            if (tree is null || profiles.For(tree) is not { IsOff: false } choice)
            {
                return;
            }

            // One block's operation actions run one after another, so a plain list is enough.
            var roots = new List<IOperation>();
            block.RegisterOperationAction(operation =>
            {
                try
                {
                    if (extractor.IsRoot(operation.Operation))
                    {
                        roots.Add(operation.Operation);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException && !RethrowInternalErrors)
                {
                    // Contained like any internal error: the block is simply not judged.
                }
            }, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.Invalid);
            // A team's options class (IConfigureNamedOptions<T>) is judged as written, for whichever scheme it runs.
            var optionsMethod = block.OwningSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } method
                                && extractor.ImplementsOptionsContract(method) ? method : null;
            block.RegisterOperationBlockEndAction(end =>
            {
                if (roots.Count > 0 || optionsMethod is not null)
                {
                    Analyze(end, extractor, roots, choice, optionsMethod);
                }
            });
        });
    }

    private static void Analyze(OperationBlockAnalysisContext context, Extractor extractor, List<IOperation> roots, ProfileChoice choice, IMethodSymbol? optionsMethod)
    {
        try
        {
            var configurations = roots.Count > 0 ? extractor.Extract(roots, new BlockScope(context.OperationBlocks)) : new List<Facts.ClientConfiguration>();
            if (optionsMethod is not null)
            {
                foreach (var site in extractor.ExtractOptionsClass(optionsMethod.ContainingType, only: optionsMethod))
                {
                    configurations.Add(site.Configuration);
                }
            }
            var reporter = new RuleReporter();
            foreach (var configuration in configurations)
            {
                Judge(configuration, choice.Profile, reporter, null);

                // Each value written under a condition is one path's value: judged where it is written.
                var writes = configuration.ConditionalWrites;
                for (var i = 0; i < writes.Count; i++)
                {
                    Judge(configuration.WithPath(writes[i]), choice.Profile, reporter, writes[i].Fact.Location);
                }
            }

            foreach (var finding in reporter.Findings())
            {
                // A value a configuration file holds is reported in the file, by its own analysis.
                if (finding.Location.Kind == LocationKind.ExternalFile)
                {
                    continue;
                }

                if (DiagnosticWriter.Create(finding, choice.MitigatedLimitations) is { } diagnostic)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !RethrowInternalErrors)
        {
            // Never let an internal error disable the analyzer in the IDE; half-typed code is normal input.
        }
    }

    private static void Judge(Facts.ClientConfiguration configuration, ProfileRequirements profile, RuleReporter reporter, Location? onlyAt)
    {
        reporter.Configuration = configuration;
        reporter.OnlyAt = onlyAt;
        foreach (var rule in RuleCatalog.All)
        {
            if (rule.AppliesTo(configuration.Kind))
            {
                rule.Check(configuration, profile, reporter);
            }
        }
    }

    private static void RegisterConfigurationChecks(CompilationStartAnalysisContext context, ProfileResolver profiles)
    {
        if (profiles.InvalidProjectValue is { } projectValue)
        {
            context.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(
                Descriptors.InvalidConfiguration, Location.None,
                ProfileResolver.InvalidProjectMessage(projectValue))));
        }

        context.RegisterSyntaxTreeAction(tree =>
        {
            foreach (var problem in profiles.For(tree.Tree).Problems)
            {
                tree.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidConfiguration, Location.Create(tree.Tree, default), problem));
            }
        });
    }
}
