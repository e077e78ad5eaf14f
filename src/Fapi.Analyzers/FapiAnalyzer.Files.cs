using System;
using System.Collections.Generic;
using System.IO;
using Fapi.Analyzers.Configuration;
using Fapi.Analyzers.Extraction;
using Fapi.Analyzers.Facts;
using Fapi.Analyzers.Profiles;
using Fapi.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Fapi.Analyzers;

/// <summary>
/// Configuration files (appsettings.json and its environment files, as AdditionalFiles): each file is judged as the
/// configuration of its environment, and reports what it writes last, on its own lines (docs/configuration-files.md).
/// </summary>
public sealed partial class FapiAnalyzer
{
    private static void RegisterConfigurationFiles(CompilationStartAnalysisContext context, BoundBindings bindings, ServerIndex servers, Extractor extractor, ProfileResolver profiles)
    {
        if (context.Options.AdditionalFiles.IsEmpty || AppSettings.Create(context.Options.AdditionalFiles, context.CancellationToken) is not { } files)
        {
            return;
        }

        extractor.Files = files;
        var sections = new ConfigurationSections(bindings, servers, files, context.CancellationToken);
        context.RegisterAdditionalFileAction(file =>
        {
            try
            {
                AnalyzeFile(file, sections, servers, extractor, profiles);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && !RethrowInternalErrors)
            {
                // Contained like any internal error: the file is simply not judged.
            }
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, ConfigurationSections sections, ServerIndex servers, Extractor extractor, ProfileResolver profiles)
    {
        if (sections.Files.File(context.AdditionalFile) is not { } file)
        {
            return;
        }

        if (file.Error is { } error)
        {
            var at = file.Location(new TextSpan(Math.Min(file.ErrorAt, file.Source.Length), 0));
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidConfiguration, at,
                $"{Path.GetFileName(file.Text.Path)} is not valid configuration JSON at line {at.GetLineSpan().StartLinePosition.Line + 1}: {error}. Its settings are not analyzed."));
            return;
        }

        var choice = profiles.For(context.AdditionalFile);
        if (choice.IsOff || sections.Files.View(file) is not { } view || sections.Uses.IsEmpty)
        {
            return;
        }

        var reporter = new RuleReporter();
        var anchors = new HashSet<Location>();
        foreach (var (site, use) in extractor.ExtractJson(view, sections.Uses))
        {
            var configuration = site.Configuration;
            if (!use.IsList)
            {
                // The options' defaults are the code's to report, on its registration.
                anchors.Add(configuration.Anchor);
                if (use.OptionsName is { } name && servers.WrittenInCode(use.Model.Library, name) is { } code)
                {
                    KeepCodeWrites(configuration, code);
                }
            }

            Judge(configuration, choice.Profile, reporter, null);
        }

        foreach (var finding in reporter.Findings())
        {
            // Each file reports the values it writes last (and the defaults of the models it creates).
            if (finding.Location.Kind != LocationKind.ExternalFile || anchors.Contains(finding.Location)
                || !string.Equals(finding.Location.GetLineSpan().Path, file.Text.Path, StringComparison.Ordinal))
            {
                continue;
            }

            if (DiagnosticWriter.Create(finding, choice.MitigatedLimitations) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    /// <summary>
    /// Code that configures the same options runs after the file's section (the library binds it first): what the code
    /// writes, known or not, is the code's to judge; what its evidence shows (a client assertion) holds here too.
    /// </summary>
    private static void KeepCodeWrites(ClientConfiguration configuration, ClientConfiguration code)
    {
        foreach (var fact in code.Values)
        {
            if (fact.Note == Fact.EvidenceNote)
            {
                configuration.Set(fact);
            }
            else if (fact.Origin == FactOrigin.Code)
            {
                configuration.SetUnknown(fact.Setting);
            }
        }

        foreach (var setting in code.UnknownSettings)
        {
            configuration.SetUnknown(setting);
        }

        foreach (var setting in code.ElementSettings)
        {
            foreach (var element in code.Elements(setting))
            {
                if (element.Origin == FactOrigin.Code)
                {
                    configuration.ClearElements(setting);
                    configuration.AddUnknownElement(setting);
                    break;
                }
            }
        }
    }
}
