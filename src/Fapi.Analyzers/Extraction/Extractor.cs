using System.Collections.Generic;
using System.Collections.Immutable;
using Fapi.Analyzers.Bindings;
using Fapi.Analyzers.Facts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// The library-agnostic engine: from the roots of one operation block (model creations, builder entry calls,
/// registrations) to configurations, following fluent chains, options lambdas and later edits of the same local.
/// </summary>
internal sealed class Extractor
{
    private readonly BoundBindings _bindings;
    private readonly ServerIndex? _servers;

    public Extractor(BoundBindings bindings, ServerIndex? servers)
    {
        _bindings = bindings;
        _servers = servers;
    }

    /// <summary>True for an operation that starts a configuration; cheap, called for every creation and invocation.</summary>
    public bool IsRoot(IOperation operation) => operation switch
    {
        IObjectCreationOperation creation => _bindings.Model(creation.Type) is not null,
        IInvocationOperation invocation => _bindings.Entry(invocation.TargetMethod) is not null || _bindings.Registration(invocation.TargetMethod) is not null,
        _ => false,
    };

    public List<ClientConfiguration> Extract(List<IOperation> roots, BlockScope scope)
    {
        var resolver = new ValueResolver(_bindings, scope);
        var sites = new List<ConfigurationSite>(roots.Count);
        var locals = new Dictionary<ILocalSymbol, ConfigurationSite>(SymbolEqualityComparer.Default);
        foreach (var root in roots)
        {
            if (Start(root, resolver) is not { } site)
            {
                continue;
            }

            var end = End(root, site);
            if (!Track(end, site, scope, locals) && site.Kind == SiteKind.Chain && EscapesUnbuilt(end))
            {
                // A builder handed elsewhere unbuilt (returned, passed on) may still be configured there.
                continue;
            }

            sites.Add(site);
        }

        if (locals.Count > 0)
        {
            ApplyLaterEdits(scope, locals);
        }

        var result = new List<ClientConfiguration>(sites.Count);
        foreach (var site in sites)
        {
            Finish(site);
            result.Add(site.Configuration);
        }

        return result;
    }

    /// <summary>
    /// The registrations of one operation block with everything the block does to them (locals, later calls),
    /// for the server index, outside the block's own analysis.
    /// </summary>
    public List<ClientConfiguration> ExtractRegistrations(IOperation block)
    {
        var roots = new List<IOperation>();
        foreach (var operation in block.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation invocation && _bindings.Registration(invocation.TargetMethod) is not null)
            {
                roots.Add(invocation);
            }
        }

        return roots.Count == 0 ? new List<ClientConfiguration>() : Extract(roots, new BlockScope(ImmutableArray.Create(block)));
    }

    private ConfigurationSite? Start(IOperation root, ValueResolver resolver)
    {
        switch (root)
        {
            case IObjectCreationOperation creation when _bindings.Model(creation.Type) is { } model:
                var creationSite = new ConfigurationSite(_bindings, SiteKind.Creation, model.Binding.Kind, model, null, CreationLocation(creation), resolver);
                creationSite.ApplyDefaults(model.Binding.Defaults);
                if (creation.Initializer is not null)
                {
                    ApplyInitializer(creationSite, creation.Initializer, "");
                }

                return creationSite;
            case IInvocationOperation invocation when _bindings.Entry(invocation.TargetMethod) is { } entry:
                var result = _bindings.Model(entry.ResultModel);
                var chainSite = new ConfigurationSite(_bindings, SiteKind.Chain, entry.Kind, result, invocation.TargetMethod.ReturnType, ConfigurationSite.MethodNameLocation(invocation), resolver);
                if (result is not null)
                {
                    chainSite.ApplyDefaults(result.Binding.Defaults);
                }

                chainSite.ApplyDefaults(entry.Defaults);
                chainSite.ApplyParameters(entry.Parameters, invocation);
                return chainSite;
            case IInvocationOperation invocation when _bindings.Registration(invocation.TargetMethod) is { } registration:
                var options = _bindings.Model(registration.OptionsType);
                if (options is null)
                {
                    return null;
                }

                var registrationSite = new ConfigurationSite(_bindings, SiteKind.Registration, options.Binding.Kind, options, invocation.TargetMethod.ReturnType, ConfigurationSite.MethodNameLocation(invocation), resolver);
                registrationSite.ApplyDefaults(options.Binding.Defaults);
                ApplyCallback(registrationSite, invocation, registration.CallbackParameter);
                return registrationSite;
            default:
                return null;
        }
    }

    private static Location CreationLocation(IObjectCreationOperation creation)
        => creation.Syntax switch
        {
            ObjectCreationExpressionSyntax explicitType => explicitType.Type.GetLocation(),
            ImplicitObjectCreationExpressionSyntax implicitType => implicitType.NewKeyword.GetLocation(),
            _ => creation.Syntax.GetLocation(),
        };

    private static void ApplyInitializer(ConfigurationSite site, IObjectOrCollectionInitializerOperation initializer, string prefix)
    {
        foreach (var member in initializer.Initializers)
        {
            switch (member)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    site.ApplyMember(prefix + property.Property.Name, assignment.Value, property.Type);
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property, Initializer: { } nested }:
                    var path = prefix + property.Property.Name;
                    if (site.Model is not null && site.Model.ByMember.ContainsKey(path))
                    {
                        site.ApplyCollectionInitializer(path, nested);
                    }
                    else
                    {
                        ApplyInitializer(site, nested, path + ".");
                    }

                    break;
            }
        }
    }

    /// <summary>The options lambda of a registration: <c>o => { o.Setting = value; }</c>.</summary>
    private static void ApplyCallback(ConfigurationSite site, IInvocationOperation invocation, string parameterName)
    {
        IArgumentOperation? callback = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName)
            {
                callback = argument;
            }
        }

        if (callback is null || callback.ArgumentKind == ArgumentKind.DefaultValue || callback.Value.ConstantValue is { HasValue: true, Value: null })
        {
            return;
        }

        if (ValueResolver.Unwrap(callback.Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }
            || lambda.Symbol.Parameters.Length != 1)
        {
            // A method group or a delegate from elsewhere: the options are unknown, so no default is trusted.
            site.ForgetDefaults();
            return;
        }

        var options = lambda.Symbol.Parameters[0];
        foreach (var operation in lambda.Body.Descendants())
        {
            if (operation is ISimpleAssignmentOperation assignment && PathFrom(assignment.Target, options) is { } path)
            {
                site.ApplyMember(path, assignment.Value, assignment.Target.Type);
            }
            else if (operation is IInvocationOperation { Instance: { } instance } edit && PathFrom(instance, options) is { } collectionPath)
            {
                site.ApplyCollectionEdit(collectionPath, edit);
            }
        }
    }

    /// <summary>The property path from a root (a parameter, a local) to a property reference: "A.B"; null when not rooted there.</summary>
    private static string? PathFrom(IOperation target, ISymbol root)
    {
        string? path = null;
        var current = target;
        while (current is IPropertyReferenceOperation property)
        {
            path = path is null ? property.Property.Name : property.Property.Name + "." + path;
            current = property.Instance;
        }

        var rootSymbol = current switch
        {
            IParameterReferenceOperation parameter => (ISymbol)parameter.Parameter,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };
        return path is not null && SymbolEqualityComparer.Default.Equals(rootSymbol, root) ? path : null;
    }

    /// <summary>Follows the fluent chain above <paramref name="start"/>, applying each bound call; returns the chain's last operation.</summary>
    private IOperation End(IOperation start, ConfigurationSite site)
    {
        var current = start;
        while (true)
        {
            var parent = current.Parent;
            while (parent is IConversionOperation { OperatorMethod: null })
            {
                current = parent;
                parent = parent.Parent;
            }

            // A builder's model property (builder.Client) continues the chain like Build().
            if (parent is IPropertyReferenceOperation property && ReferenceEquals(property.Instance, current) && _bindings.Model(property.Type) is not null)
            {
                current = property;
                continue;
            }

            IInvocationOperation? next = parent switch
            {
                IInvocationOperation invocation when ReferenceEquals(invocation.Instance, current) => invocation,
                IArgumentOperation { Parameter.Ordinal: 0, Parent: IInvocationOperation extension } when extension.TargetMethod.IsExtensionMethod => extension,
                _ => null,
            };
            if (next is null || !(_bindings.IsConfigurable(next.Type) || _bindings.Call(next.TargetMethod) is not null))
            {
                return current;
            }

            if (_bindings.Call(next.TargetMethod) is { } call)
            {
                site.ApplyCall(call, next);
            }

            current = next;
        }
    }

    private bool EscapesUnbuilt(IOperation end)
    {
        if (_bindings.Model(end.Type) is not null)
        {
            return false;
        }

        var parent = end.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is not IExpressionStatementOperation;
    }

    /// <summary>Remembers the local that receives a configuration (declared or assigned once) for later edits.</summary>
    private static bool Track(IOperation end, ConfigurationSite site, BlockScope scope, Dictionary<ILocalSymbol, ConfigurationSite> locals)
    {
        ILocalSymbol? local = end.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when ReferenceEquals(assignment.Value, end) => target.Local,
            _ => null,
        };
        if (local is null || scope.SingleValue(local) is null)
        {
            return false;
        }

        if (!locals.ContainsKey(local))
        {
            locals.Add(local, site);
        }

        return true;
    }

    /// <summary>Statements after the creation that edit the same local: assignments, collection edits, more fluent calls.</summary>
    private void ApplyLaterEdits(BlockScope scope, Dictionary<ILocalSymbol, ConfigurationSite> locals)
    {
        foreach (var reference in scope.References)
        {
            if (!locals.TryGetValue(reference.Local, out var site))
            {
                continue;
            }

            IOperation top = reference;
            while (top.Parent is IPropertyReferenceOperation property && ReferenceEquals(property.Instance, top))
            {
                top = property;
            }

            if (!ReferenceEquals(top, reference))
            {
                var path = PathFrom(top, reference.Local)!;
                switch (top.Parent)
                {
                    case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Target, top):
                        site.ApplyMember(path, assignment.Value, top.Type);
                        break;
                    case IInvocationOperation edit when ReferenceEquals(edit.Instance, top):
                        site.ApplyCollectionEdit(path, edit);
                        break;
                }

                continue;
            }

            if (reference.Parent is ISimpleAssignmentOperation declaration && ReferenceEquals(declaration.Target, reference))
            {
                continue;
            }

            Track(End(reference, site), site, scope, locals);
        }
    }

    /// <summary>Facts that follow from the library's behaviour and from the server configuration.</summary>
    private void Finish(ConfigurationSite site)
    {
        var configuration = site.Configuration;
        if (configuration.Kind != ConfigurationKind.Client || site.Library is not { } library)
        {
            return;
        }

        if (library.PkceRequiredOnlyForPublicClients && configuration.Get(Setting.PkceRequired) is null)
        {
            var isPublic = configuration.Get(Setting.PublicClient)?.AsBool == true;
            configuration.Set(new Fact(Setting.PkceRequired, isPublic, configuration.Anchor, FactOrigin.LibraryDefault, FixSite.None));
        }

        var servers = _servers?.Servers(library) ?? ImmutableArray<ClientConfiguration>.Empty;
        configuration.Server = servers.Length == 1 ? servers[0] : null;

        // The method the client authenticates with: its own, else the one it inherits from the single host
        // (a public client does not authenticate, so it inherits none).
        var isPublicClient = configuration.Get(Setting.PublicClient)?.AsBool == true;
        var method = configuration.Get(Setting.TokenEndpointAuthMethod)
            ?? (!isPublicClient && configuration.Server is { } server && Inherits(library, Setting.TokenEndpointAuthMethod, out var serverSetting) ? server.Get(serverSetting) : null);
        if (library.MutualTlsAuthenticationBindsTokens && configuration.Get(Setting.MutualTlsBoundAccessTokens) is null
            && method is { AsString: "tls_client_auth" or "self_signed_tls_client_auth" })
        {
            configuration.Set(new Fact(Setting.MutualTlsBoundAccessTokens, true, method.Location, FactOrigin.LibraryDefault, FixSite.None));
        }
        else if (method is null && !isPublicClient && configuration.Server is { } host && Inherits(library, Setting.TokenEndpointAuthMethod, out var hostSetting) && host.IsUnknown(hostSetting))
        {
            configuration.SetUnknown(Setting.MutualTlsBoundAccessTokens);
        }

        foreach (var inheritance in library.Inherited)
        {
            if (isPublicClient || configuration.Get(inheritance.ClientSetting) is not null || configuration.IsUnknown(inheritance.ClientSetting) || !servers.IsEmpty)
            {
                continue;
            }

            // No server in this compilation: the client gets the library's server default, reported on the client.
            if (ServerDefault(library, inheritance.ServerSetting) is { } value)
            {
                configuration.Set(new Fact(inheritance.ClientSetting, value, configuration.Anchor, FactOrigin.LibraryDefault, configuration.FixForMissing(inheritance.ClientSetting)));
            }
        }
    }

    private static bool Inherits(LibraryBinding library, Setting clientSetting, out Setting serverSetting)
    {
        foreach (var inheritance in library.Inherited)
        {
            if (inheritance.ClientSetting == clientSetting)
            {
                serverSetting = inheritance.ServerSetting;
                return true;
            }
        }

        serverSetting = default;
        return false;
    }

    private static object? ServerDefault(LibraryBinding library, Setting setting)
    {
        foreach (var model in library.Models)
        {
            if (model.Kind != ConfigurationKind.Server)
            {
                continue;
            }

            foreach (var value in model.Defaults)
            {
                if (value.Setting == setting)
                {
                    return value.Value;
                }
            }
        }

        return null;
    }
}
