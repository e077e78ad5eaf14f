using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Configuration;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>A configuration section bound to a model: where, for which options name, and what the binder reads.</summary>
internal sealed class SectionUse
{
    public SectionUse(BoundModel model, string path, string? optionsName, bool isList, ImmutableArray<string> members)
    {
        Model = model;
        Path = path;
        OptionsName = optionsName;
        IsList = isList;
        Members = members;
    }

    public BoundModel Model { get; }

    /// <summary>The section's key, "IdentityServer:Clients".</summary>
    public string Path { get; }

    /// <summary>The options name (a relying party's scheme); null for a list of models.</summary>
    public string? OptionsName { get; }

    /// <summary>True for a list of models the binder creates (each one with its own defaults, reported in the file).</summary>
    public bool IsList { get; }

    /// <summary>The members the binder reads; empty for every bound member.</summary>
    public ImmutableArray<string> Members { get; }
}

/// <summary>
/// Which configuration sections the application binds to which models, found once per compilation and only when the
/// project has configuration files: sections passed to the library (AddInMemoryClients(section)), to the options
/// pattern (Configure&lt;T&gt;(name, section)), and the library's conventions for each options name the code registers.
/// </summary>
internal sealed class ConfigurationSections
{
    private readonly BoundBindings _bindings;
    private readonly ServerIndex _servers;
    private readonly AppSettings _files;
    private readonly Lazy<ImmutableArray<SectionUse>> _uses;

    public ConfigurationSections(BoundBindings bindings, ServerIndex servers, AppSettings files, CancellationToken cancellationToken)
    {
        _bindings = bindings;
        _servers = servers;
        _files = files;
        _uses = new Lazy<ImmutableArray<SectionUse>>(() => Find(cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public AppSettings Files => _files;

    public ImmutableArray<SectionUse> Uses => _uses.Value;

    /// <summary>
    /// The settings of the options named <paramref name="name"/> that a file writes by the library's convention, in any
    /// environment: there the code's defaults do not decide (code that writes them still does, it runs later).
    /// </summary>
    public static HashSet<Setting>? WrittenByConvention(AppSettings? files, BoundModel model, string? name)
    {
        if (files is null || name is not { Length: > 0 } || ConfigurationSite.IsUnknownName(name))
        {
            return null;
        }

        HashSet<Setting>? written = null;
        foreach (var section in model.Library.Sections)
        {
            if (section.Convention is not { } convention || section.Model != model.Binding.TypeName || (section.Since is { } since && model.Version < since))
            {
                continue;
            }

            var path = convention.Replace("{name}", name);
            foreach (var file in files.Files)
            {
                if (files.View(file)?.Get(path) is not { } node)
                {
                    continue;
                }

                foreach (var pair in model.ByMember)
                {
                    if ((section.Members.IsDefaultOrEmpty || section.Members.IndexOf(pair.Key) >= 0) && node.Get(pair.Key.Replace('.', ':')) is not null)
                    {
                        foreach (var property in pair.Value)
                        {
                            (written ??= new HashSet<Setting>()).Add(property.Setting);
                        }
                    }
                }
            }
        }

        return written;
    }

    private ImmutableArray<SectionUse> Find(CancellationToken cancellationToken)
    {
        var uses = ImmutableArray.CreateBuilder<SectionUse>();
        foreach (var library in _bindings.Libraries)
        {
            foreach (var section in library.Sections)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_bindings.Model(section.Model) is not { } model)
                {
                    continue;
                }

                if (section.Method is { } method)
                {
                    foreach (var call in _bindings.CallSites.Invocations(method))
                    {
                        if (call.TargetMethod.ContainingType?.ToDisplayString() == section.TypeName
                            && ValueResolver.Argument(call.Arguments, section.Parameter) is { } argument && Path(argument.Value, 0) is { Length: > 0 } path)
                        {
                            uses.Add(new SectionUse(model, path, section.IsList ? null : "", section.IsList, section.Members));
                        }
                    }
                }

                if (section.Convention is { } convention && (section.Since is null || model.Version >= section.Since))
                {
                    foreach (var name in _servers.HostNames(library))
                    {
                        uses.Add(new SectionUse(model, convention.Replace("{name}", name), name, isList: false, section.Members));
                    }
                }
            }
        }

        // Configure<T>(name, configuration.GetSection("...")), AddOptions<T>(name).Bind(section) or .BindConfiguration("..."):
        // the configuration binder reads every member.
        foreach (var name in new[] { "Configure", "PostConfigure", "Bind", "BindConfiguration" })
        {
            foreach (var call in _bindings.CallSites.Invocations(name))
            {
                if (_bindings.OptionsRegistration(call.TargetMethod, out var callback) is not { } model || callback is not null
                    || SectionPath(call) is not { Length: > 0 } path)
                {
                    continue;
                }

                var optionsName = OptionsName(call);
                if (optionsName is null || (model.Binding.Kind == ConfigurationKind.RelyingParty && optionsName.Length == 0))
                {
                    // A name the code does not tell, or the unnamed options no scheme uses.
                    continue;
                }

                uses.Add(new SectionUse(model, path, optionsName, isList: false, ImmutableArray<string>.Empty));
            }
        }

        return uses.ToImmutable();
    }

    /// <summary>The section an options registration binds: a section argument, or BindConfiguration's path.</summary>
    private static string? SectionPath(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Type is { Name: "IConfiguration" or "IConfigurationSection" })
            {
                return Path(argument.Value, 0);
            }

            if (argument.Parameter?.Name == "configSectionPath")
            {
                return argument.Value.ConstantValue is { HasValue: true, Value: string path } ? path : null;
            }
        }

        return null;
    }

    /// <summary>The options name a registration binds ("" unnamed); null where the code does not tell.</summary>
    private static string? OptionsName(IInvocationOperation call)
    {
        // AddOptions<T>(name).Bind(...): the builder's name (the receiver of an extension is its first argument).
        var instance = call.Instance ?? (call.Arguments.Length > 0 && call.Arguments[0].Value.Type is { Name: "OptionsBuilder" } ? call.Arguments[0].Value : null);
        if (instance is not null)
        {
            if (ValueResolver.Unwrap(instance) is not IInvocationOperation { TargetMethod.Name: "AddOptions" } builder)
            {
                return null;
            }

            call = builder;
        }

        return ValueResolver.Argument(call.Arguments, "name") is { ArgumentKind: not ArgumentKind.DefaultValue } named
            ? named.Value.ConstantValue is { HasValue: true, Value: string text } ? text : null
            : "";
    }

    /// <summary>
    /// The section key an expression stands for: GetSection("a:b") and GetRequiredSection chains on the application's
    /// configuration ("" for the root), through locals assigned once; null where the code does not tell.
    /// </summary>
    internal static string? Path(IOperation operation, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        var value = ValueResolver.Unwrap(operation);
        switch (value)
        {
            case IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } call
                when ValueResolver.Argument(call.Arguments, "key") is { Value.ConstantValue: { HasValue: true, Value: string key } }:
                var parent = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                return parent is not null && Path(parent, depth + 1) is { } prefix ? (prefix.Length == 0 ? key : prefix + ":" + key) : null;
            case ILocalReferenceOperation local when SingleInitializer(local) is { } initializer:
                return Path(initializer, depth + 1);
            case IInvocationOperation:
                return null;
            default:
                // builder.Configuration, an injected IConfiguration: the application's root configuration.
                return value.Type is { Name: "IConfiguration" or "IConfigurationRoot" or "ConfigurationManager" or "IConfigurationManager" } ? "" : null;
        }
    }

    /// <summary>The one value a local is given: its initializer, where nothing assigns it again.</summary>
    private static IOperation? SingleInitializer(ILocalReferenceOperation local)
    {
        if (local.Local.DeclaringSyntaxReferences is not { Length: 1 } references
            || references[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || local.SemanticModel is not { } model || declarator.Parent?.Parent?.Parent is not { } scope)
        {
            return null;
        }

        foreach (var node in scope.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText == local.Local.Name)
            {
                return null;
            }
        }

        return model.SyntaxTree == initializer.SyntaxTree ? model.GetOperation(initializer) : null;
    }
}
