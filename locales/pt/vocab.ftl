## Names of the built-in vocabulary terms (data/vocab/*.toml), one message per term id.
## The ids after the prefix are fixed; translate only the text. Names are short labels used in
## headings, table cells and lists, so write them without a final full stop.
## `.article` attributes are legal citations: write them as your language cites the GDPR.
## `.description` and `.explanation` are full sentences addressed to the reader.

## Who a notice is addressed to (shown in "Who this notice is for").

vocab-audience-consumers = Consumidores
vocab-audience-businesses = Contactos profissionais
vocab-audience-employees = Trabalhadores
vocab-audience-job_applicants = Candidatos a emprego
vocab-audience-children = Crianças
vocab-audience-patients = Doentes
vocab-audience-students = Estudantes
vocab-audience-visitors = Visitantes do sítio Web

## Kinds of personal data (shown next to each category of data and in the summary).

vocab-data-identity = Dados de identificação
vocab-data-contact = Dados de contacto
vocab-data-account = Dados da conta
vocab-data-credentials = Credenciais de acesso
vocab-data-identifiers = Números de identificação
vocab-data-online_identifiers = Identificadores por via eletrónica
vocab-data-device = Dados do dispositivo
vocab-data-usage = Dados de utilização
vocab-data-location = Dados de localização
vocab-data-payment = Dados de pagamento
vocab-data-financial = Dados financeiros e de transações
vocab-data-communications = Comunicações
vocab-data-recordings = Gravações
vocab-data-user_content = Conteúdos que nos fornece
vocab-data-professional = Dados profissionais
vocab-data-preferences = Preferências
vocab-data-demographics = Dados demográficos
vocab-data-marketing = Dados de marketing
vocab-data-images = Fotografias e imagens
vocab-data-household = Dados do agregado familiar
vocab-data-education = Habilitações e formação
vocab-data-racial_ethnic_origin = Origem racial ou étnica
vocab-data-political_opinions = Opiniões políticas
vocab-data-religious_beliefs = Convicções religiosas ou filosóficas
vocab-data-trade_union_membership = Filiação sindical
vocab-data-genetic = Dados genéticos
vocab-data-biometric = Dados biométricos
vocab-data-health = Dados relativos à saúde
vocab-data-sex_life = Vida sexual ou orientação sexual
vocab-data-criminal = Condenações penais e infrações
vocab-data-unspecified = Não especificado

## Kinds of purpose (shown as the type of each purpose and in the summary).

vocab-purpose-service_provision = Prestação do serviço
vocab-purpose-account_management = Gestão da sua conta
vocab-purpose-customer_support = Apoio ao cliente
vocab-purpose-billing = Faturação e pagamentos
vocab-purpose-order_fulfilment = Processamento de encomendas
vocab-purpose-communications = Mensagens de serviço
vocab-purpose-security = Segurança informática
vocab-purpose-premises_security = Segurança das instalações e das pessoas
vocab-purpose-fraud_prevention = Prevenção de fraudes
vocab-purpose-legal_compliance = Cumprimento de obrigações legais
vocab-purpose-legal_claims = Exercício ou defesa de direitos em juízo
vocab-purpose-marketing = Comercialização direta
vocab-purpose-advertising = Publicidade direcionada
vocab-purpose-personalisation = Personalização
vocab-purpose-analytics = Estatísticas de utilização
vocab-purpose-service_improvement = Melhoria do serviço
vocab-purpose-research_development = Investigação e desenvolvimento
vocab-purpose-recruitment = Recrutamento
vocab-purpose-business_transfer = Transmissão de empresas
vocab-purpose-record_keeping = Conservação de registos
vocab-purpose-quality_assurance = Controlo de qualidade
vocab-purpose-feedback = Opiniões e inquéritos
vocab-purpose-product_updates = Atualizações de produtos
vocab-purpose-identity_verification = Verificação da identidade
vocab-purpose-debt_collection = Cobrança de dívidas
vocab-purpose-unspecified = Não especificado

## Legal bases of Art. 6(1) GDPR. The value is the short label of the basis; `.explanation` says in plain words what the basis means for the reader, following the wording of Art. 6(1).

vocab-basis-consent = Consentimento
    .explanation = Deu o seu consentimento para o tratamento dos seus dados pessoais para esta finalidade específica.
    .article = art. 6.º, n.º 1, alínea a), do RGPD
vocab-basis-contract = Execução de um contrato
    .explanation = O tratamento é necessário para a execução de um contrato no qual é parte ou para diligências pré-contratuais a seu pedido.
    .article = art. 6.º, n.º 1, alínea b), do RGPD
vocab-basis-legal_obligation = Obrigação jurídica
    .explanation = O tratamento é necessário para o cumprimento de uma obrigação jurídica a que estamos sujeitos.
    .article = art. 6.º, n.º 1, alínea c), do RGPD
vocab-basis-vital_interests = Interesses vitais
    .explanation = O tratamento é necessário para a defesa dos seus interesses vitais ou dos de outra pessoa.
    .article = art. 6.º, n.º 1, alínea d), do RGPD
vocab-basis-public_task = Interesse público ou autoridade pública
    .explanation = O tratamento é necessário para o exercício de funções de interesse público ou da autoridade pública de que estamos investidos.
    .article = art. 6.º, n.º 1, alínea e), do RGPD
vocab-basis-legitimate_interests = Interesses legítimos
    .explanation = O tratamento é necessário para efeito dos interesses legítimos prosseguidos por nós ou por terceiros, e os seus interesses, direitos e liberdades não prevalecem sobre eles.
    .article = art. 6.º, n.º 1, alínea f), do RGPD

## Conditions of Art. 9(2) GDPR for special categories of personal data.

vocab-condition-explicit_consent = Consentimento explícito
    .article = art. 9.º, n.º 2, alínea a), do RGPD
vocab-condition-employment_social_security = Legislação laboral e de segurança social
    .article = art. 9.º, n.º 2, alínea b), do RGPD
vocab-condition-vital_interests = Interesses vitais
    .article = art. 9.º, n.º 2, alínea c), do RGPD
vocab-condition-non_profit_body = Organismo sem fins lucrativos
    .article = art. 9.º, n.º 2, alínea d), do RGPD
vocab-condition-made_public = Dados tornados públicos pelo titular
    .article = art. 9.º, n.º 2, alínea e), do RGPD
vocab-condition-legal_claims = Exercício ou defesa de direitos em juízo
    .article = art. 9.º, n.º 2, alínea f), do RGPD
vocab-condition-substantial_public_interest = Interesse público importante
    .article = art. 9.º, n.º 2, alínea g), do RGPD
vocab-condition-health_care = Cuidados de saúde e ação social
    .article = art. 9.º, n.º 2, alínea h), do RGPD
vocab-condition-public_health = Saúde pública
    .article = art. 9.º, n.º 2, alínea i), do RGPD
vocab-condition-archiving_research = Fins de arquivo, investigação e estatística
    .article = art. 9.º, n.º 2, alínea j), do RGPD

## Roles of recipients (a table column). Use the GDPR terms: processor, controller, joint controller.

vocab-role-processor = Subcontratante
vocab-role-sub_processor = Subcontratante ulterior
vocab-role-controller = Responsável pelo tratamento (independente)
vocab-role-joint_controller = Responsável conjunto pelo tratamento
vocab-role-public_authority = Autoridade pública
vocab-role-affiliate = Empresa do grupo
vocab-role-other = Outro terceiro

## Whether a person has to provide data (Art. 13(2)(e)); answers the question "Do you have to provide it?".

vocab-requirement-statutory = Obrigatório por lei
vocab-requirement-contractual = Obrigatório por contrato
vocab-requirement-contract_prerequisite = Necessário para celebrar um contrato
vocab-requirement-voluntary = Facultativo

## Where personal data comes from (Art. 14(2)(f)).

vocab-source-data_subject = Fornecidos por si
vocab-source-observed = Recolhidos durante a sua utilização do serviço
vocab-source-third_party = Obtidos junto de terceiros
vocab-source-publicly_available = Obtidos em fontes acessíveis ao público
vocab-source-customer = Fornecidos pelo seu empregador ou organização
vocab-source-generated = Gerados por nós

## Data-subject rights. The value is the title of the right as in the GDPR; `.description` says what the right lets the reader do.

vocab-right-access = Direito de acesso
    .description = Pode saber se tratamos os seus dados pessoais e, em caso afirmativo, obter uma cópia desses dados, juntamente com informações sobre o tratamento.
    .article = art. 15.º do RGPD
vocab-right-rectification = Direito de retificação
    .description = Pode exigir que os dados pessoais inexatos sejam retificados e que os dados incompletos sejam completados.
    .article = art. 16.º do RGPD
vocab-right-erasure = Direito ao apagamento dos dados («direito a ser esquecido»)
    .description = Pode obter o apagamento dos seus dados pessoais, por exemplo quando deixarmos de precisar deles ou quando retirar o consentimento em que o tratamento se baseia.
    .article = art. 17.º do RGPD
vocab-right-restriction = Direito à limitação do tratamento
    .description = Pode obter a limitação do tratamento dos seus dados, por exemplo enquanto verificamos se estão exatos.
    .article = art. 18.º do RGPD
vocab-right-portability = Direito de portabilidade dos dados
    .description = Pode receber os dados que nos forneceu, quando os tratamos com base no seu consentimento ou num contrato, num formato estruturado, de uso corrente e de leitura automática, e pedir que sejam transmitidos a outro responsável pelo tratamento.
    .article = art. 20.º do RGPD
vocab-right-objection = Direito de oposição
    .description = Pode opor-se ao tratamento baseado em interesses legítimos ou no exercício de funções de interesse público e, a qualquer momento, ao tratamento para efeitos de comercialização direta.
    .article = art. 21.º do RGPD
vocab-right-automated_decisions = Direitos relativos a decisões individuais automatizadas
    .description = Tem o direito de não ser objeto de nenhuma decisão tomada exclusivamente com base no tratamento automatizado, incluindo a definição de perfis, que produza efeitos jurídicos que lhe digam respeito ou que afete significativamente, de forma similar, a sua situação.
    .article = art. 22.º do RGPD
vocab-right-withdraw_consent = Direito de retirar o consentimento
    .description = Pode retirar o seu consentimento a qualquer momento, de forma tão fácil como o deu, sem comprometer a licitude do tratamento efetuado antes da retirada.
    .article = art. 7.º, n.º 3, do RGPD
vocab-right-complaint = Direito de apresentar reclamação a uma autoridade de controlo
    .description = Pode apresentar reclamação a uma autoridade de controlo, em especial no Estado-Membro onde vive, onde trabalha ou onde foi alegadamente praticada a infração.
    .article = art. 77.º do RGPD

## Safeguards for transfers outside the EU/EEA (Art. 45-49 GDPR).

vocab-mechanism-adequacy = Decisão de adequação
    .description = A Comissão Europeia decidiu que o destino assegura um nível de proteção adequado dos dados pessoais.
    .article = art. 45.º, n.º 3, do RGPD
vocab-mechanism-data_privacy_framework = Quadro de Privacidade de Dados UE-EUA
    .description = O destinatário nos Estados Unidos está certificado ao abrigo do Quadro de Privacidade de Dados UE-EUA, que, segundo a Comissão Europeia, assegura um nível de proteção adequado.
    .article = art. 45.º, n.º 3, do RGPD
vocab-mechanism-legally_binding_instrument = Instrumento vinculativo entre organismos públicos
    .description = Os dados são protegidos por um instrumento juridicamente vinculativo e com força executiva celebrado entre autoridades ou organismos públicos.
    .article = art. 46.º, n.º 2, alínea a), do RGPD
vocab-mechanism-binding_corporate_rules = Regras vinculativas aplicáveis às empresas
    .description = Regras de proteção de dados aprovadas por uma autoridade de controlo vinculam todas as empresas do grupo do destinatário.
    .article = art. 46.º, n.º 2, alínea b), do RGPD
vocab-mechanism-standard_contractual_clauses = Cláusulas-tipo de proteção de dados
    .description = O nosso contrato com o destinatário inclui as cláusulas-tipo de proteção de dados adotadas pela Comissão Europeia.
    .article = art. 46.º, n.º 2, alínea c), do RGPD
vocab-mechanism-supervisory_authority_clauses = Cláusulas-tipo de proteção de dados de uma autoridade de controlo
    .description = O nosso contrato com o destinatário inclui cláusulas-tipo de proteção de dados adotadas por uma autoridade de controlo e aprovadas pela Comissão Europeia.
    .article = art. 46.º, n.º 2, alínea d), do RGPD
vocab-mechanism-code_of_conduct = Código de conduta aprovado
    .description = O destinatário cumpre um código de conduta aprovado e assumiu compromissos vinculativos e com força executiva de aplicar as garantias nele previstas.
    .article = art. 46.º, n.º 2, alínea e), do RGPD
vocab-mechanism-certification = Procedimento de certificação aprovado
    .description = O destinatário dispõe de uma certificação aprovada e assumiu compromissos vinculativos e com força executiva de aplicar as garantias correspondentes.
    .article = art. 46.º, n.º 2, alínea f), do RGPD
vocab-mechanism-ad_hoc_clauses = Cláusulas contratuais autorizadas caso a caso
    .description = Os dados são protegidos por cláusulas contratuais redigidas para esta transferência e autorizadas pela autoridade de controlo competente.
    .article = art. 46.º, n.º 3, alínea a), do RGPD
vocab-mechanism-administrative_arrangement = Acordo administrativo
    .description = Os dados são protegidos por disposições de um acordo administrativo entre autoridades ou organismos públicos, autorizadas pela autoridade de controlo competente.
    .article = art. 46.º, n.º 3, alínea b), do RGPD
vocab-mechanism-explicit_consent_derogation = Consentimento explícito para a transferência
    .description = Deu o seu consentimento explícito para a transferência, depois de lhe terem sido comunicados os possíveis riscos.
    .article = art. 49.º, n.º 1, alínea a), do RGPD
vocab-mechanism-contract_derogation = Necessária para um contrato consigo
    .description = A transferência é necessária para a execução de um contrato celebrado consigo ou para diligências pré-contratuais que nos pediu.
    .article = art. 49.º, n.º 1, alínea b), do RGPD
vocab-mechanism-third_party_contract_derogation = Necessária para um contrato no seu interesse
    .description = A transferência é necessária para um contrato celebrado no seu interesse entre nós e outra pessoa.
    .article = art. 49.º, n.º 1, alínea c), do RGPD
vocab-mechanism-public_interest_derogation = Interesse público importante
    .description = A transferência é necessária por importantes razões de interesse público reconhecidas pelo direito.
    .article = art. 49.º, n.º 1, alínea d), do RGPD
vocab-mechanism-legal_claims_derogation = Exercício ou defesa de direitos em juízo
    .description = A transferência é necessária para efeitos de declaração, exercício ou defesa de um direito num processo judicial.
    .article = art. 49.º, n.º 1, alínea e), do RGPD
vocab-mechanism-vital_interests_derogation = Interesses vitais
    .description = A transferência é necessária para proteger os seus interesses vitais ou os de outra pessoa, quando não puder dar o seu consentimento.
    .article = art. 49.º, n.º 1, alínea f), do RGPD
vocab-mechanism-public_register_derogation = Registo público
    .description = Os dados provêm de um registo que, nos termos do direito da União ou de um Estado-Membro, está aberto à consulta do público.
    .article = art. 49.º, n.º 1, alínea g), do RGPD
vocab-mechanism-compelling_interests_derogation = Interesses legítimos imperiosos
    .description = A transferência não é repetitiva, diz respeito apenas a um número limitado de pessoas e é necessária para efeitos dos interesses legítimos imperiosos por nós prosseguidos, com garantias adequadas; a autoridade de controlo é informada.
    .article = art. 49.º, n.º 1, segundo parágrafo, do RGPD

## Categories of cookies and similar trackers.

vocab-cookie-strictly_necessary = Estritamente necessários
vocab-cookie-preferences = Preferências
vocab-cookie-statistics = Estatísticas
vocab-cookie-marketing = Marketing
vocab-cookie-unspecified = Não especificado

## Technologies of trackers.

vocab-technology-cookie = Cookie
vocab-technology-local_storage = Armazenamento local
vocab-technology-pixel = Píxel de rastreamento
vocab-technology-sdk = Kit de desenvolvimento de software (SDK)
vocab-technology-fingerprinting = Impressão digital do dispositivo (fingerprinting)

## How consent is given or withdrawn.

vocab-consent_channel-online = No nosso sítio Web ou na nossa aplicação
vocab-consent_channel-terms = Aceitando os nossos termos
vocab-consent_channel-email = Por correio eletrónico
vocab-consent_channel-phone = Por telefone
vocab-consent_channel-post = Por correio postal
vocab-consent_channel-in_person = Presencialmente

## Channels of marketing messages.

vocab-channel-email = Correio eletrónico
vocab-channel-sms = Mensagens de texto (SMS)
vocab-channel-automated_call = Chamadas automáticas
vocab-channel-fax = Fax
vocab-channel-phone = Chamadas telefónicas
vocab-channel-push = Notificações push
vocab-channel-post = Correio postal

## Why a controller outside the EU has no representative there (Art. 27(2)).

vocab-exemption-occasional = Tratamento ocasional
    .description = O nosso tratamento é ocasional, não abrange o tratamento em grande escala de categorias especiais de dados nem de dados relacionados com condenações penais e infrações, e não é suscetível de implicar riscos para os seus direitos e liberdades.
    .article = art. 27.º, n.º 2, alínea a), do RGPD
vocab-exemption-public_authority = Autoridade ou organismo público
    .description = Somos uma autoridade ou um organismo público.
    .article = art. 27.º, n.º 2, alínea b), do RGPD
