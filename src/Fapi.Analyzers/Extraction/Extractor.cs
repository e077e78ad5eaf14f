using System.Linq;
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
internal sealed partial class Extractor
{
    /// <summary>How deep the engine follows the team's helpers that call helpers.</summary>
    private const int MaxHelperDepth = 4;

    private readonly BoundBindings _bindings;
    private readonly ServerIndex? _servers;
    private readonly MethodBodies _bodies;

    /// <summary>The project's configuration files, where it has some: settings they write are not the code's defaults.</summary>
    public Configuration.AppSettings? Files { get; set; }

    public Extractor(BoundBindings bindings, ServerIndex? servers, MethodBodies bodies)
    {
        _bindings = bindings;
        _servers = servers;
        _bodies = bodies;
    }

    /// <summary>True for an operation that starts a configuration; cheap, called for every creation and invocation.</summary>
    public bool IsRoot(IOperation operation) => operation switch
    {
        IObjectCreationOperation creation => _bindings.Model(creation.Type) is not null,
        IInvocationOperation invocation => _bindings.Entry(invocation.TargetMethod) is not null || IsRegistration(invocation),
        _ => IsRegistration(operation),
    };

    public List<ClientConfiguration> Extract(List<IOperation> roots, BlockScope scope)
    {
        var sites = ExtractSites(roots, scope);
        var result = new List<ClientConfiguration>(sites.Count);
        foreach (var site in sites)
        {
            result.Add(site.Configuration);
        }

        return result;
    }

    private List<ConfigurationSite> ExtractSites(List<IOperation> roots, BlockScope scope)
    {
        var resolver = new ValueResolver(_bindings, scope);
        var sites = new List<ConfigurationSite>(roots.Count);
        var locals = new Dictionary<ILocalSymbol, List<Tracked>>(SymbolEqualityComparer.Default);
        var collections = new Dictionary<ILocalSymbol, List<ConfigurationSite>>(SymbolEqualityComparer.Default);
        var returned = new List<(ConfigurationSite Site, IMethodSymbol Method)>();
        var shared = new List<(ConfigurationSite Site, ISymbol Member)>();
        foreach (var root in roots)
        {
            // A client created only in development is not deployed.
            if (Reaches.Classify(root, Top(root)) == Reach.DevelopmentOnly || Start(root, resolver) is not { } site)
            {
                continue;
            }

            var end = End(root, site, 0);
            var tracked = Track(end, site, scope, locals);
            if (!tracked && site.Kind == SiteKind.Chain && EscapesUnbuilt(end))
            {
                // A builder handed elsewhere unbuilt (returned, passed on) may still be configured there.
                continue;
            }

            if (!tracked && ReturnedFrom(end) is { } factory)
            {
                returned.Add((site, factory));
            }

            if (CollectionOf(end) is { } collection)
            {
                if (!collections.TryGetValue(collection, out var members))
                {
                    collections.Add(collection, members = new List<ConfigurationSite>());
                }

                members.Add(site);
            }
            else if (SharedCollectionOf(end) is { } member)
            {
                shared.Add((site, member));
            }

            sites.Add(site);
        }

        if (collections.Count > 0)
        {
            TrackCollectionUses(scope, collections, locals, shared);
        }

        if (locals.Count > 0)
        {
            ApplyLaterEdits(scope, locals, returned, shared);
        }

        foreach (var (site, factory) in returned)
        {
            ApplyCallers(site, factory);
        }

        if (shared.Count > 0)
        {
            ApplyCollectionUsers(shared);
        }

        foreach (var site in sites)
        {
            Finish(site);
        }

        return sites;
    }

    /// <summary>
    /// The registrations of one operation block with everything the block does to them (locals, later calls),
    /// for the server index, outside the block's own analysis.
    /// </summary>
    public List<ConfigurationSite> ExtractRegistrations(IOperation block)
    {
        var roots = new List<IOperation>();
        foreach (var operation in block.DescendantsAndSelf())
        {
            if (operation is IInvocationOperation or IInvalidOperation && IsRegistration(operation))
            {
                roots.Add(operation);
            }
        }

        return roots.Count == 0 ? new List<ConfigurationSite>() : ExtractSites(roots, new BlockScope(ImmutableArray.Create(block)));
    }

    /// <summary>
    /// A class of the team's that configures bound options (IConfigureNamedOptions&lt;T&gt;, IConfigureOptions&lt;T&gt;,
    /// IPostConfigureOptions&lt;T&gt;): options registrations. Read for <paramref name="name"/>, its branches on the name
    /// parameter run or not; read for no name, it may configure every name (<see cref="ConfigurationSite.UnknownName"/>).
    /// A relying party's IConfigureOptions&lt;T&gt; alone configures the unnamed options, which no scheme uses.
    /// </summary>
    public List<ConfigurationSite> ExtractOptionsClass(INamedTypeSymbol type, string? name = null, IMethodSymbol? only = null)
    {
        var sites = new List<ConfigurationSite>();
        var named = false;
        foreach (var contract in type.AllInterfaces)
        {
            named |= contract.Name == "IConfigureNamedOptions";
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (OptionsContractModel(contract) is not { } model || (named && contract.Name == "IConfigureOptions"))
            {
                continue;
            }

            var relyingParty = model.Binding.Kind == ConfigurationKind.RelyingParty;
            if (relyingParty && contract.Name == "IConfigureOptions")
            {
                continue;
            }

            foreach (var member in contract.GetMembers())
            {
                if (member is not IMethodSymbol { Parameters.Length: > 0 } method || type.FindImplementationForInterfaceMember(method) is not IMethodSymbol implementation
                    || implementation.Locations.Length == 0 || (only is not null && !SymbolEqualityComparer.Default.Equals(only, implementation)))
                {
                    continue;
                }

                // Judged in its own block: read for each scheme the compilation registers, each reading reconciled with
                // that scheme's other registrations; the index reads it for the name it asks.
                var names = name is not null || only is null || !relyingParty || _servers is null ? null : new List<string>(_servers.HostNames(model.Library));
                if (names is null || names.Count == 0)
                {
                    sites.Add(ReadOptionsMethod(implementation, contract, model, relyingParty ? name ?? ConfigurationSite.UnknownName : "", relyingParty ? name : null));
                    continue;
                }

                foreach (var scheme in names)
                {
                    sites.Add(ReadOptionsMethod(implementation, contract, model, scheme, scheme));
                }
            }
        }

        return sites;
    }

    private ConfigurationSite ReadOptionsMethod(IMethodSymbol implementation, INamedTypeSymbol contract, BoundModel model, string optionsName, string? guardName)
    {
        var site = new ConfigurationSite(_bindings, SiteKind.Registration, model.Binding.Kind, model, null, implementation.Locations[0], new ValueResolver(_bindings, BlockScope.Empty))
        {
            IsOptionsRegistration = true,
            IsPostConfigure = contract.Name == "IPostConfigureOptions",
            OptionsName = optionsName,
            Guard = guardName is not null && implementation.Parameters.Length == 2 ? new NameGuard(implementation.Parameters[0], guardName) : null,
            Extent = implementation.DeclaringSyntaxReferences.Length > 0 ? implementation.DeclaringSyntaxReferences[0].GetSyntax().GetLocation() : null,
        };

        // The class is the registration: its facts stand at its own code, where its fixes apply.
        FollowHelper(site, implementation, implementation.Parameters[implementation.Parameters.Length - 1], null, null, 0);
        Finish(site);
        return site;
    }

    /// <summary>The bound server or relying-party model an options interface of Microsoft.Extensions.Options configures, or null.</summary>
    private BoundModel? OptionsContractModel(INamedTypeSymbol contract)
        => contract is { Arity: 1, Name: "IConfigureOptions" or "IConfigureNamedOptions" or "IPostConfigureOptions", ContainingNamespace: { Name: "Options", ContainingNamespace.Name: "Extensions" } }
           && _bindings.Model(contract.TypeArguments[0]) is { IsOptions: true } model
            ? model
            : null;

    /// <summary>True for a method that implements an options interface for a bound model (it is judged as written).</summary>
    public bool ImplementsOptionsContract(IMethodSymbol method)
    {
        if (method.ContainingType is not { } type || type.Interfaces.IsEmpty && type.BaseType?.SpecialType == SpecialType.System_Object)
        {
            return false;
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (OptionsContractModel(contract) is null)
            {
                continue;
            }

            foreach (var member in contract.GetMembers())
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsRegistration(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => _bindings.Registration(invocation.TargetMethod) is not null || _bindings.OptionsRegistration(invocation.TargetMethod, out _) is not null,
        IInvalidOperation invalid => InvalidRegistration(invalid) is not null,
        _ => false,
    };

    private ConfigurationSite? Start(IOperation root, ValueResolver resolver)
    {
        switch (root)
        {
            case IObjectCreationOperation creation when _bindings.Model(creation.Type) is { } model:
                // A token the code builds is judged only where it becomes a protocol message.
                if (model.Binding.RequiresProtocolReach && !_bindings.Protocol.Reaches(creation))
                {
                    return null;
                }

                var creationSite = new ConfigurationSite(_bindings, SiteKind.Creation, model.Binding.Kind, model, null, CreationLocation(creation), resolver);
                creationSite.ApplyDefaults(model.Defaults);
                creationSite.ApplyParameters(model.Binding.ConstructorParameters, creation.Arguments);
                if (creation.Initializer is not null)
                {
                    creationSite.ApplyNestedInitializer(creation.Initializer, "");
                    foreach (var member in creation.Initializer.Descendants())
                    {
                        CollectEvidence(creationSite, member, creation);
                    }
                }

                return creationSite;
            case IInvocationOperation invocation when _bindings.Entry(invocation.TargetMethod) is { } entry:
                var result = _bindings.Model(entry.ResultModel);
                var chainSite = new ConfigurationSite(_bindings, SiteKind.Chain, entry.Kind, result, invocation.TargetMethod.ReturnType, ConfigurationSite.MethodNameLocation(invocation), resolver);
                if (result is not null)
                {
                    chainSite.ApplyDefaults(result.Defaults);
                }

                chainSite.ApplyDefaults(entry.Defaults, invocation.TargetMethod.Name + "'s default");
                chainSite.ApplyParameters(entry.Parameters, invocation.Arguments);
                return chainSite;
            case IInvocationOperation invocation when _bindings.Registration(invocation.TargetMethod) is { } registration:
                if (_bindings.Model(registration.OptionsType) is not { } options)
                {
                    return null;
                }

                var registrationSite = new ConfigurationSite(_bindings, SiteKind.Registration, options.Binding.Kind, options, invocation.TargetMethod.ReturnType, ConfigurationSite.MethodNameLocation(invocation), resolver)
                {
                    OptionsName = registration.NameParameter is { } nameParameter ? NameArgument(invocation, nameParameter, registration.DefaultName, resolver) : "",
                    Extent = invocation.Syntax.GetLocation(),
                };
                registrationSite.ApplyDefaults(options.Defaults);
                if (BindsConfiguration(invocation.TargetMethod))
                {
                    // AddIdentityServer(configuration): the options come from appsettings, not from this code.
                    registrationSite.Configuration.ForgetAll();
                    registrationSite.BindsSection = true;
                }

                ApplyCallback(registrationSite, ValueResolver.Argument(invocation.Arguments, registration.CallbackParameter), 0);
                return registrationSite;
            case IInvocationOperation invocation when _bindings.OptionsRegistration(invocation.TargetMethod, out var parameter) is { } optionsModel:
                // A server's options are the application's one instance; a relying party's are per scheme, and the
                // unnamed instance is no scheme's: code that configures it configures nothing the handler uses.
                var optionsName = optionsModel.Binding.Kind == ConfigurationKind.RelyingParty ? OptionsName(invocation, resolver) : "";
                if (optionsName == "" && optionsModel.Binding.Kind == ConfigurationKind.RelyingParty)
                {
                    return null;
                }

                // The options pattern configures the object the library's registration created: no defaults of its own.
                var optionsSite = new ConfigurationSite(_bindings, SiteKind.Registration, optionsModel.Binding.Kind, optionsModel, invocation.TargetMethod.ReturnType, ConfigurationSite.MethodNameLocation(invocation), resolver)
                {
                    IsOptionsRegistration = true,
                    IsPostConfigure = invocation.TargetMethod.Name.StartsWith("Post", System.StringComparison.Ordinal),
                    OptionsName = optionsName,
                    Extent = invocation.Syntax.GetLocation(),
                };
                if (parameter is null)
                {
                    // Bound from configuration: every setting the options carry may come from there (the file's
                    // values are judged in the file).
                    optionsSite.Configuration.ForgetAll();
                    optionsSite.BindsSection = true;
                }
                else
                {
                    ApplyCallback(optionsSite, ValueResolver.Argument(invocation.Arguments, parameter.Name), 0);
                }

                return optionsSite;
            case IInvalidOperation invalid when InvalidRegistration(invalid) is { } candidate:
                // The user is typing inside the options lambda: the registration does not bind, its lambda still reads.
                var typingSite = new ConfigurationSite(_bindings, SiteKind.Registration, candidate.Model.Binding.Kind, candidate.Model, candidate.Method.ReturnType, InvalidNameLocation(invalid), resolver)
                {
                    OptionsName = candidate.Model.Binding.Kind == ConfigurationKind.RelyingParty ? ConfigurationSite.UnknownName : "",
                    Extent = invalid.Syntax.GetLocation(),
                };
                typingSite.ApplyDefaults(candidate.Model.Defaults);
                foreach (var child in invalid.ChildOperations)
                {
                    if (child is IAnonymousFunctionOperation lambda)
                    {
                        ApplyLambda(typingSite, lambda, 0);
                    }
                }

                return typingSite;
            default:
                return null;
        }
    }

    /// <summary>
    /// The options instance the options pattern configures: ConfigureAll and PostConfigureAll every one (null), the
    /// name argument where there is one, AddOptions&lt;T&gt;(name).Configure(...) its builder's, else the unnamed options.
    /// </summary>
    private static string? OptionsName(IInvocationOperation invocation, ValueResolver resolver)
    {
        var method = invocation.TargetMethod;
        if (method.Name.EndsWith("All", System.StringComparison.Ordinal))
        {
            return null;
        }

        // OptionsBuilder<T>.Configure, or an extension of it (Bind): the name is the one AddOptions<T>(...) was called with.
        var receiver = invocation.Instance
                       ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 && invocation.Arguments[0].Value.Type is { Name: "OptionsBuilder" } ? invocation.Arguments[0].Value : null);
        if (receiver is null)
        {
            return NameArgument(invocation, "name", "", resolver);
        }

        return ValueResolver.Unwrap(receiver) is IInvocationOperation { TargetMethod.Name: "AddOptions" } builder
            ? NameArgument(builder, "name", "", resolver)
            : ConfigurationSite.UnknownName;
    }

    private static string NameArgument(IInvocationOperation invocation, string parameter, string omitted, ValueResolver resolver)
    {
        if (ValueResolver.Argument(invocation.Arguments, parameter) is not { ArgumentKind: not ArgumentKind.DefaultValue } argument)
        {
            return omitted;
        }

        return resolver.TryResolve(argument.Value, out var name) && name is string text ? text : NamePattern(argument.Value, resolver);
    }

    /// <summary>A name built at run time: unknown, with its constant beginning where it has one ($"tenant-{id}").</summary>
    private static string NamePattern(IOperation value, ValueResolver resolver)
    {
        var unwrapped = ValueResolver.Unwrap(value);
        if (unwrapped is ILocalReferenceOperation local && resolver.Scope.SingleValue(local.Local) is { } single)
        {
            unwrapped = ValueResolver.Unwrap(single);
        }

        return unwrapped is IInterpolatedStringOperation { Parts.Length: > 0 } interpolated && interpolated.Parts[0] is IInterpolatedStringTextOperation { Text: var text }
               && resolver.TryResolve(text, out var prefix) && prefix is string { Length: > 0 } beginning
            ? ConfigurationSite.UnknownName + beginning
            : ConfigurationSite.UnknownName;
    }

    private static bool BindsConfiguration(IMethodSymbol method)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type is { Name: "IConfiguration" or "IConfigurationSection", ContainingNamespace: { Name: "Configuration", ContainingNamespace.Name: "Extensions" } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A registration call that does not bind while its lambda is being typed: its one candidate method.</summary>
    private (IMethodSymbol Method, BoundModel Model)? InvalidRegistration(IInvalidOperation invalid)
    {
        // Half-typed code yields many invalid operations: ask the semantic model only about a registration's name.
        var name = invalid.Syntax is InvocationExpressionSyntax { Expression: var called } ? called switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        } : null;
        if (name is null || !_bindings.RegistrationMethodNames.Contains(name) || invalid.SemanticModel is not { } model)
        {
            return null;
        }

        var candidates = model.GetSymbolInfo(invalid.Syntax).CandidateSymbols;
        if (candidates.Length != 1 || candidates[0] is not IMethodSymbol method)
        {
            return null;
        }

        method = method.ReducedFrom ?? method;
        return _bindings.Registration(method) is { } registration && _bindings.Model(registration.OptionsType) is { } options
            ? (method, options)
            : null;
    }

    private static Location InvalidNameLocation(IInvalidOperation invalid)
        => invalid.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name.GetLocation() : invalid.Syntax.GetLocation();

    private static Location CreationLocation(IObjectCreationOperation creation)
        => creation.Syntax switch
        {
            ObjectCreationExpressionSyntax explicitType => explicitType.Type.GetLocation(),
            ImplicitObjectCreationExpressionSyntax implicitType => implicitType.NewKeyword.GetLocation(),
            _ => creation.Syntax.GetLocation(),
        };

    /// <summary>The options callback of a registration: a lambda, a method group, or a delegate from elsewhere.</summary>
    private void ApplyCallback(ConfigurationSite site, IArgumentOperation? callback, int depth)
    {
        if (callback is null || callback.ArgumentKind == ArgumentKind.DefaultValue || callback.Value.ConstantValue is { HasValue: true, Value: null })
        {
            return;
        }

        switch (ValueResolver.Unwrap(callback.Value))
        {
            case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                ApplyLambda(site, lambda, depth);
                break;
            case IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: { Parameters.Length: 1 } method } }:
                FollowHelper(site, method, method.Parameters[0], site.Configuration.Anchor, null, depth);
                break;
            default:
                // A delegate from elsewhere: the options are configured by code the engine cannot see.
                site.Configuration.ForgetAll();
                break;
        }
    }

    /// <summary><c>o => { o.Setting = value; o.RequireX(); Helper(o); }</c>: every use of the options parameter.</summary>
    private void ApplyLambda(ConfigurationSite site, IAnonymousFunctionOperation lambda, int depth)
    {
        if (lambda.Symbol.Parameters.Length != 1)
        {
            site.Configuration.ForgetAll();
            return;
        }

        var options = lambda.Symbol.Parameters[0];
        foreach (var operation in lambda.Body.Descendants())
        {
            CollectEvidence(site, operation, lambda.Body);
            if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, options))
            {
                ApplyReference(site, reference, options, lambda.Body, depth, null);
            }
        }
    }

    /// <summary>
    /// One use of a configured object (a local, a lambda's or a helper's parameter) after its creation: an assignment
    /// through it, a collection edit, a fluent chain, a helper it is passed to. <paramref name="anchor"/> is where the
    /// object is known to exist; the constructs between decide whether the use runs always, on some paths, or in development only.
    /// </summary>
    private void ApplyReference(ConfigurationSite site, IOperation reference, ISymbol root, IOperation anchor, int depth, System.Action<IOperation>? tracked)
    {
        var reach = Reaches.Classify(reference, anchor, site.Guard);
        if (reach == Reach.DevelopmentOnly)
        {
            return;
        }

        var saved = site.Reach;
        if (reach == Reach.Conditional)
        {
            site.Reach = Reach.Conditional;
        }

        IOperation top = reference;
        while (top.Parent is IPropertyReferenceOperation property && ReferenceEquals(property.Instance, top))
        {
            top = property;
        }

        if (!ReferenceEquals(top, reference))
        {
            site.ApplyUseOf(PathFrom(top, root)!, top);
        }
        else if (!(reference.Parent is ISimpleAssignmentOperation declaration && ReferenceEquals(declaration.Target, reference)))
        {
            var end = End(reference, site, depth);
            tracked?.Invoke(end);
        }

        site.Reach = saved;
    }

    /// <summary>
    /// Applies what a team's own method does to the configured object passed as <paramref name="parameter"/>; where the
    /// method cannot be read, everything it could change becomes unknown.
    /// </summary>
    /// <param name="call">Where the helper is called: its facts are located there (null: at their own code, for a method read as a registration).</param>
    private void FollowHelper(ConfigurationSite site, IMethodSymbol method, IParameterSymbol parameter, Location? call, IInvocationOperation? invocation, int depth)
    {
        if (method.MethodKind == MethodKind.DelegateInvoke && invocation is not null && depth < MaxHelperDepth)
        {
            FollowDelegate(site, invocation, parameter, depth);
            return;
        }

        var body = depth < MaxHelperDepth ? _bodies.Body(method) : null;
        if (body is null)
        {
            if (depth >= MaxHelperDepth || MethodBodies.MayChangeUnseen(method, _bindings))
            {
                site.Configuration.ForgetAll();
            }

            return;
        }

        var definition = method.OriginalDefinition.Parameters[parameter.Ordinal];
        var (relocation, resolver) = (site.Relocation, site.Resolver);
        site.Relocation ??= call;
        site.Resolver = new ValueResolver(_bindings, new BlockScope(ImmutableArray.Create(body)), invocation is null ? null : new Arguments(invocation, resolver));
        foreach (var operation in body.Descendants())
        {
            CollectEvidence(site, operation, body);
            if (operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, definition))
            {
                ApplyReference(site, reference, reference.Parameter, body, depth + 1, null);
            }
        }

        (site.Relocation, site.Resolver) = (relocation, resolver);
    }

    /// <summary>A use of an evidence member in the code that configures the site (<see cref="Evidence"/>).</summary>
    private void CollectEvidence(ConfigurationSite site, IOperation operation, IOperation body)
    {
        if (!_bindings.HasEvidence || operation is not IMemberReferenceOperation reference || _bindings.Evidence(reference.Member, site.Library) is not { } evidence)
        {
            return;
        }

        // Code that does not run for this configuration (development only, another scheme's branch) shows nothing.
        if (Reaches.Classify(reference, body, site.Guard) == Reach.DevelopmentOnly)
        {
            return;
        }

        // Only the team's own subtype counts for some members (its events class), assigned to the member.
        if (evidence.OnlySubtypes && !(reference.Parent is ISimpleAssignmentOperation assignment && ReferenceEquals(assignment.Target, reference)
                                        && !SymbolEqualityComparer.Default.Equals(ValueResolver.Unwrap(assignment.Value).Type, reference.Type)))
        {
            return;
        }

        site.Evidence.Add((evidence, reference.Syntax.GetLocation()));
    }

    /// <summary>Evidence decides over the properties: a known value where any use gives one, else unknown.</summary>
    private static void ApplyEvidence(ConfigurationSite site)
    {
        var known = new Dictionary<Setting, Fact>();
        foreach (var (evidence, location) in site.Evidence)
        {
            if (evidence.Value is { } value && !known.ContainsKey(evidence.Setting))
            {
                known.Add(evidence.Setting, new Fact(evidence.Setting, value, location, FactOrigin.Code, FixSite.None, Fact.EvidenceNote));
            }
        }

        foreach (var (evidence, _) in site.Evidence)
        {
            if (known.TryGetValue(evidence.Setting, out var fact))
            {
                site.Configuration.Set(fact);
            }
            else
            {
                site.Configuration.SetUnknown(evidence.Setting);
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

    /// <summary>
    /// Follows the fluent chain above <paramref name="start"/>, applying each bound call and each of the team's helpers
    /// the object passes through; returns the chain's last operation.
    /// </summary>
    private IOperation End(IOperation start, ConfigurationSite site, int depth)
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

            IInvocationOperation? next = null;
            IParameterSymbol? passedAs = null;
            var receiver = false;
            switch (parent)
            {
                case IInvocationOperation invocation when ReferenceEquals(invocation.Instance, current):
                    next = invocation;
                    receiver = true;
                    break;
                case IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation call }:
                    next = call;
                    passedAs = parameter;
                    receiver = call.TargetMethod.IsExtensionMethod && parameter.Ordinal == 0;
                    break;
            }

            if (next is null)
            {
                return current;
            }

            if (receiver && _bindings.Call(next.TargetMethod) is { } bound)
            {
                site.ApplyCall(bound, next);
                foreach (var effect in bound.Effects)
                {
                    // builder.Configure(o => ...): the builder's options, configured in place.
                    if (effect.Kind == EffectKind.ApplyCallback)
                    {
                        ApplyCallback(site, ValueResolver.Argument(next.Arguments, effect.Parameter!), depth + 1);
                    }
                }
            }
            else if (passedAs is not null && _bindings.IsConfigurable(passedAs.Type))
            {
                FollowHelper(site, next.TargetMethod, passedAs, ConfigurationSite.MethodNameLocation(next), next, depth);
            }
            else if (!receiver)
            {
                return current;
            }

            // The chain goes on through calls that return the configured object (fluent calls and helpers); others end it.
            if (!_bindings.IsConfigurable(next.Type) || (!receiver && !ReturnsSameKind(next, passedAs!)))
            {
                return current;
            }

            current = next;
        }
    }

    private static bool ReturnsSameKind(IInvocationOperation call, IParameterSymbol parameter)
        => SymbolEqualityComparer.Default.Equals(call.TargetMethod.ReturnType.OriginalDefinition, parameter.Type.OriginalDefinition);

    private bool EscapesUnbuilt(IOperation end)
    {
        if (_bindings.Model(end.Type) is not null)
        {
            return false;
        }

        return Outer(end).Parent is not IExpressionStatementOperation;
    }

    /// <summary>Remembers the local that receives a configuration (declared or assigned once) for later edits.</summary>
    private static bool Track(IOperation end, ConfigurationSite site, BlockScope scope, Dictionary<ILocalSymbol, List<Tracked>> locals)
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

        Add(locals, local, new Tracked(site, DeclaringBlock(end, local)));
        return true;
    }

    private static void Add(Dictionary<ILocalSymbol, List<Tracked>> locals, ILocalSymbol local, Tracked tracked)
    {
        if (!locals.TryGetValue(local, out var list))
        {
            locals.Add(local, list = new List<Tracked>(1));
        }

        foreach (var existing in list)
        {
            if (ReferenceEquals(existing.Site, tracked.Site))
            {
                return;
            }
        }

        list.Add(tracked);
    }

    /// <summary>Statements after the creation that use the same local: assignments, collection edits, more fluent calls, helpers.</summary>
    /// <param name="shared">Receives configurations stored in a collection the block hands out; null to ignore.</param>
    private void ApplyLaterEdits(BlockScope scope, Dictionary<ILocalSymbol, List<Tracked>> locals, List<(ConfigurationSite Site, IMethodSymbol Method)> returned,
        List<(ConfigurationSite Site, ISymbol Member)>? shared)
    {
        foreach (var reference in scope.References)
        {
            if (!locals.TryGetValue(reference.Local, out var tracked))
            {
                continue;
            }

            // A copy: a chain may track a new local (var client = builder.Build()) while this one is applied.
            foreach (var item in tracked.ToArray())
            {
                var reach = item.Site.Reach;
                if (item.MayMiss)
                {
                    item.Site.Reach = Reach.Conditional;
                }

                ApplyReference(item.Site, reference, reference.Local, item.Anchor, 0, end =>
                {
                    // var client = new Client { ... }; ...; return client; — the factory's callers may configure it further.
                    if (Track(end, item.Site, scope, locals))
                    {
                        return;
                    }

                    if (ReturnedFrom(end) is { } factory && !returned.Contains((item.Site, factory)))
                    {
                        returned.Add((item.Site, factory));
                    }
                    else if (CollectionOf(end) is { } container)
                    {
                        // var partners = new List<Client> { insurer, broker }; foreach (var p in partners) ...
                        var containers = new Dictionary<ILocalSymbol, List<ConfigurationSite>>(SymbolEqualityComparer.Default) { [container] = new() { item.Site } };
                        TrackCollectionUses(scope, containers, locals, shared);
                    }
                    else if (shared is not null && SharedCollectionOf(end) is { } member)
                    {
                        shared.Add((item.Site, member));
                    }
                });
                item.Site.Reach = reach;
            }
        }
    }

    /// <summary>The team's method that returns the configuration it creates (a client factory), or null.</summary>
    private static IMethodSymbol? ReturnedFrom(IOperation end)
    {
        return Outer(end).Parent is IReturnOperation && end.SemanticModel?.GetEnclosingSymbol(end.Syntax.SpanStart) is IMethodSymbol
        {
            MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction,
        } method
            ? method
            : null;
    }

    /// <summary>
    /// A client a factory method returns is configured further where it is called (stored in a list and hardened in a
    /// loop, assigned to a local and edited). Those writes apply to it, at its own name and without a fix; with several
    /// callers each caller's writes hold on some paths only.
    /// </summary>
    private void ApplyCallers(ConfigurationSite site, IMethodSymbol factory)
    {
        if (_bindings.CallSites.Calls(factory) is not { Length: > 0 } calls)
        {
            return;
        }

        var (relocation, resolver, reach) = (site.Relocation, site.Resolver, site.Reach);
        site.Relocation ??= site.Configuration.Anchor;
        if (calls.Length > 1)
        {
            site.Reach = Reach.Conditional;
        }

        foreach (var call in calls)
        {
            var scope = new BlockScope(ImmutableArray.Create(Top(call)));
            site.Resolver = new ValueResolver(_bindings, scope);
            var locals = new Dictionary<ILocalSymbol, List<Tracked>>(SymbolEqualityComparer.Default);
            var end = End(call, site, 1);
            Track(end, site, scope, locals);
            if (CollectionOf(end) is { } collection)
            {
                var members = new Dictionary<ILocalSymbol, List<ConfigurationSite>>(SymbolEqualityComparer.Default) { [collection] = new() { site } };
                TrackCollectionUses(scope, members, locals);
            }

            if (locals.Count > 0)
            {
                // One level: a caller that returns the client again is not followed further.
                ApplyLaterEdits(scope, locals, new List<(ConfigurationSite, IMethodSymbol)>(), null);
            }
        }

        (site.Relocation, site.Resolver, site.Reach) = (relocation, resolver, reach);
    }

    /// <summary>The block that declares <paramref name="local"/>: where the configuration it holds is known to exist.</summary>
    private static IOperation DeclaringBlock(IOperation end, ILocalSymbol local)
    {
        for (var current = end.Parent; current is not null; current = current.Parent)
        {
            if (current is IBlockOperation block && block.Locals.Contains(local, SymbolEqualityComparer.Default))
            {
                return block;
            }
        }

        return Top(end);
    }

    /// <summary>The outermost operation above <paramref name="operation"/>: the block it is analyzed in.</summary>
    private static IOperation Top(IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>A configuration known through a local, with the operation where it is known to exist.</summary>
    private readonly struct Tracked
    {
        public Tracked(ConfigurationSite site, IOperation anchor, bool mayMiss = false)
        {
            Site = site;
            Anchor = anchor;
            MayMiss = mayMiss;
        }

        public ConfigurationSite Site { get; }
        public IOperation Anchor { get; }

        /// <summary>True when the uses may not reach this configuration (a filtered sequence, an element by index).</summary>
        public bool MayMiss { get; }
    }

    /// <summary>Facts that follow from the library's behaviour and from the server configuration.</summary>
    private void Finish(ConfigurationSite site)
    {
        var configuration = site.Configuration;
        if (site.Library is not { } library)
        {
            return;
        }

        if (site.Evidence.Count > 0)
        {
            ApplyEvidence(site);
        }

        // A client registration and a relying party name their client in messages.
        configuration.Name = configuration.Get(Setting.ClientId)?.AsString;

        if (configuration.Kind is ConfigurationKind.Server or ConfigurationKind.RelyingParty)
        {
            Reconcile(site, library);
            if (site.Kind == SiteKind.Registration && !site.IsOptionsRegistration
                && ConfigurationSections.WrittenByConvention(Files, site.Model!, site.OptionsName) is { } fromFiles)
            {
                // The library binds the scheme's section before the code's delegate: a setting a file writes is no default.
                foreach (var setting in fromFiles)
                {
                    if (configuration.Get(setting) is { Origin: FactOrigin.LibraryDefault })
                    {
                        configuration.SetUnknown(setting);
                    }
                    else if (HasDefaultElement(configuration, setting))
                    {
                        configuration.ClearElements(setting);
                        configuration.AddUnknownElement(setting);
                    }
                }
            }

            foreach (var inheritance in library.Inherited)
            {
                // The clients decide: each one that leaves the setting unset reports the server's default itself.
                if (ClientsDecide(library, inheritance) && configuration.Get(inheritance.ServerSetting) is { Origin: FactOrigin.LibraryDefault })
                {
                    configuration.SetUnknown(inheritance.ServerSetting);
                }
            }

            // What the library cannot enforce is judged once, on its own registration, whatever the options say.
            foreach (var limitation in library.Limitations)
            {
                if (!limitation.AppliesTo(site.Model!.Version))
                {
                    continue;
                }

                if (site.IsOptionsRegistration)
                {
                    configuration.SetUnknown(limitation.Setting);
                }
                else
                {
                    configuration.Set(Limited(limitation, configuration));
                }
            }

            return;
        }

        if (configuration.Kind != ConfigurationKind.Client)
        {
            return;
        }

        configuration.Server = _servers?.Server(library);
        var hasServer = _servers?.HasServer(library) == true;
        var isPublic = configuration.Get(Setting.PublicClient)?.AsBool == true;
        foreach (var inheritance in library.Inherited)
        {
            if ((isPublic && !inheritance.PublicClientsInherit) || configuration.Get(inheritance.ClientSetting) is not null
                || configuration.IsUnknown(inheritance.ClientSetting))
            {
                continue;
            }

            // A server in the compilation decides for the clients, unless its default is untouched where the clients decide.
            if (hasServer && !(ClientsDecide(library, inheritance)
                               && configuration.Server?.Get(inheritance.ServerSetting) is { Origin: FactOrigin.LibraryDefault }))
            {
                continue;
            }

            // The client gets the library's server default, reported on the client.
            if (ServerDefault(library, inheritance.ServerSetting) is { } value)
            {
                configuration.Set(new Fact(inheritance.ClientSetting, value, configuration.Anchor, FactOrigin.LibraryDefault,
                    configuration.FixForMissing(inheritance.ClientSetting), "library default", site.Describe));
            }
        }

        foreach (var derivation in library.Derived)
        {
            if (Settings.IsCollection(derivation.Target))
            {
                DeriveElements(configuration, derivation);
                continue;
            }

            if (configuration.Get(derivation.Target) is not null || configuration.IsUnknown(derivation.Target))
            {
                continue;
            }

            if (Settings.IsCollection(derivation.Source))
            {
                DeriveFromAnyElement(configuration, derivation);
                continue;
            }

            var source = Effective(configuration, library, derivation.Source, isPublic, out var unknown);
            if (unknown)
            {
                // Unknown inputs never give derived verdicts.
                configuration.SetUnknown(derivation.Target);
            }
            else if (source is not null && derivation.Map(source.Value) is { } value)
            {
                configuration.Set(new Fact(derivation.Target, value, derivation.AtAnchor ? configuration.Anchor : source.Location, FactOrigin.LibraryDefault, FixSite.None));
            }
        }

        // The host reports what the library cannot enforce; without one in the compilation, each client does.
        if (_servers?.HasHost(library) == true)
        {
            return;
        }

        foreach (var limitation in library.Limitations)
        {
            if (limitation.AppliesTo(site.Model!.Version) && limitation.AppliesToClient(configuration))
            {
                configuration.Set(Limited(limitation, configuration));
            }
        }
    }

    /// <summary>
    /// A collection the library derives element by element from another (response types from grant types): each
    /// derived element sits on the code of the element it comes from; combinations are judged token by token.
    /// </summary>
    private static void DeriveElements(ClientConfiguration configuration, Derivation derivation)
    {
        if (configuration.Elements(derivation.Target).Count > 0 || configuration.IsUnknown(derivation.Target))
        {
            return;
        }

        if (configuration.IsUnknown(derivation.Source))
        {
            configuration.AddUnknownElement(derivation.Target);
            return;
        }

        foreach (var source in configuration.Elements(derivation.Source))
        {
            if (derivation.Map(source.Value) is not string derived)
            {
                continue;
            }

            // A compliant derived value is written as the source element that yields it (code id_token: the hybrid grant).
            var fix = derivation.Inverse is { } inverse && source.Fix.Writer is { } writer
                ? new FixSite(source.Fix.Kind, value => inverse(value) is { } element ? writer(element) : null)
                : FixSite.None;
            foreach (var token in derived.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                configuration.AddElement(new Fact(derivation.Target, token, source.Location, source.Origin, fix, source.Note));
            }
        }
    }

    /// <summary>A setting the library derives from any element of a collection (bound tokens from one certificate credential).</summary>
    private static void DeriveFromAnyElement(ClientConfiguration configuration, Derivation derivation)
    {
        foreach (var source in configuration.Elements(derivation.Source))
        {
            if (derivation.Map(source.Value) is { } value)
            {
                configuration.Set(new Fact(derivation.Target, value, derivation.AtAnchor ? configuration.Anchor : source.Location, FactOrigin.LibraryDefault, FixSite.None));
                return;
            }
        }

        if (configuration.IsUnknown(derivation.Source))
        {
            configuration.SetUnknown(derivation.Target);
        }
    }

    private static Fact Limited(Limitation limitation, ClientConfiguration configuration)
        => new(limitation.Setting, limitation.Value, configuration.Anchor, FactOrigin.LibraryLimitation, FixSite.None, limitation.Note);

    /// <summary>The client's own fact for <paramref name="setting"/>, else the one it inherits from the server.</summary>
    private static Fact? Effective(ClientConfiguration configuration, LibraryBinding library, Setting setting, bool isPublic, out bool unknown)
    {
        unknown = configuration.IsUnknown(setting);
        if (configuration.Get(setting) is { } own || unknown)
        {
            return configuration.Get(setting);
        }

        foreach (var inheritance in library.Inherited)
        {
            if (inheritance.ClientSetting == setting && (!isPublic || inheritance.PublicClientsInherit) && configuration.Server is { } server)
            {
                unknown = server.IsUnknown(inheritance.ServerSetting);
                return server.Get(inheritance.ServerSetting);
            }
        }

        return null;
    }

    /// <summary>
    /// A server registration judged in its own block reports only the facts that decide the merged options: a default
    /// that another registration overrides, or a value a later registration rewrites, is not this code's to report.
    /// </summary>
    private void Reconcile(ConfigurationSite site, LibraryBinding library)
    {
        // ConfigureAll (every name) and options registrations for an unknown name are judged as written.
        // An object created in code (a client registration, a token) is no registration of options: judged as written.
        var (configuration, name) = (site.Configuration, site.OptionsName);
        if (site.Kind != SiteKind.Registration || name is null || (ConfigurationSite.IsUnknownName(name) && site.IsOptionsRegistration)
            || _servers?.Written(library, name, configuration.Anchor) is not { } merged)
        {
            return;
        }

        // A value written on some paths is no verdict where a later registration decides the setting on every path.
        foreach (var write in new List<ConditionalWrite>(configuration.ConditionalWrites))
        {
            if (merged.Get(write.Fact.Setting) is { Origin: FactOrigin.Code } decided && !site.Covers(decided.Location))
            {
                configuration.RemoveConditionalWrites(write.Fact.Setting);
            }
        }

        // A collection a registration that runs later assigns anew (a PostConfigure's response type) is that one's.
        foreach (var setting in new List<Setting>(configuration.ElementSettings))
        {
            if (_servers.ReplacedAfter(library, name, site, setting))
            {
                configuration.ClearElements(setting);
            }
        }

        foreach (var fact in new List<Fact>(configuration.Values))
        {
            if (fact.Origin == FactOrigin.LibraryLimitation)
            {
                continue;
            }

            if (merged.Get(fact.Setting) is not { } decided || !decided.Location.Equals(fact.Location))
            {
                configuration.SetUnknown(fact.Setting);
            }
        }

        // A default collection another registration rewrites is not this registration's to report.
        foreach (var setting in new List<Setting>(configuration.ElementSettings))
        {
            if (merged.IsUnknown(setting) || !HasDefaultElement(merged, setting))
            {
                configuration.RemoveDefaultElements(setting);
            }
        }
    }

    /// <summary>True where the clients decide a setting either side may set: the code sets the client member somewhere.</summary>
    private bool ClientsDecide(LibraryBinding library, Inheritance inheritance)
    {
        if (!inheritance.ClientsMayDecide || _servers is null)
        {
            return false;
        }

        foreach (var model in library.Models)
        {
            if (model.Kind == ConfigurationKind.Client && _bindings.Model(model.TypeName)?.PropertyFor(inheritance.ClientSetting) is { } property)
            {
                // A membership is named by its element's constant (Features.ProofKeyForCodeExchange), not by the set.
                return _bindings.CallSites.IsNamed(property.ElementCode is { } code ? code.Substring(code.LastIndexOf('.') + 1) : property.Member);
            }
        }

        return false;
    }

    private static bool HasDefaultElement(ClientConfiguration configuration, Setting setting)
    {
        foreach (var element in configuration.Elements(setting))
        {
            if (element.Origin == FactOrigin.LibraryDefault)
            {
                return true;
            }
        }

        return false;
    }

    private object? ServerDefault(LibraryBinding library, Setting setting)
    {
        foreach (var model in library.Models)
        {
            if (model.Kind != ConfigurationKind.Server || _bindings.Model(model.TypeName) is not { } bound)
            {
                continue;
            }

            foreach (var value in bound.Defaults)
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
