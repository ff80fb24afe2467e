// The embedded copy of `config/triage.yaml`; a test keeps the two equal. Regenerate with
// `scripts/embed-triage-defaults`.

enum TriageDefaults {
    /// The default triage rules, as shipped in `config/triage.yaml`.
    static let yaml = #"""
        # Triage rules of intake: how a complaint gets its category, urgency, severity, deadlines and links to the same
        # customer's earlier complaints. These are the defaults the gateway embeds; point `triage.rules` in the gateway
        # configuration at a copy to change them. The gateway reloads the file when it changes (or on SIGHUP) and keeps
        # the rules it has if the new file has a problem; `intake config check` checks it.
        #
        # Matching: keywords are matched case-insensitively; full-width letters count as half-width. A keyword that starts
        # or ends with a Latin letter or digit matches whole words only on that side ("sue" does not match "issue", "110"
        # not "1100"), and a Latin keyword also matches its plural in s ("parcel" finds "parcels"); Chinese keywords match
        # anywhere. `patterns` are regular expressions for what keywords cannot say.
        # `except` lists phrases which, where they overlap a keyword, make it mean something harmless ("媒体播放器", "police uniform").
        version: 1

        # Category rules vote: each distinct keyword found gives `weight` votes to its category; the most votes win, a tie
        # goes to the rule listed first. No vote: `fallback_category`.
        categories:
          - name: safety
            category: safety
            weight: 3
            keywords: [安全隐患, 隐患, 危险, 受伤, 烫伤, 烧伤, 划伤, 割伤, 砸伤, 摔伤, 划破, 骨折, 流血, 出血, 住院, 急诊, 送医, 食物中毒, 中毒,
              上吐下泻, 拉肚子, 腹泻, 呕吐, 过敏, 异物, 玻璃渣, 玻璃碴, 玻璃, 铁丝, 钉子, 虫子, 苍蝇, 蟑螂, 头发丝, 吃出, 喝出, 触电, 漏电, 电线裸露,
              电线外露, 起火, 着火, 冒烟, 爆炸, 自燃, 鼓包, 出事, 煤气味, 燃气泄漏, 漏气, 刹车失灵, 酒驾, 醉驾, 酒后, 酒气, 喝酒, 疲劳驾驶, 超速,
              闯红灯, 逆行, 差点撞, 差点追尾, 追尾, 车祸, 险些, 窒息, 误吞, 误食, 小零件, 零件太小, 卡住喉咙, 掉下来, 砸到, 滑倒, 摔倒, 地面湿滑,
              没有防护, 消防通道, 灭火器, 安全出口, 噎, 烫到, 受傷, 燙傷, 觸電, 漏電, 危險, 玻璃碎, 燙到, 水泡, 起水泡, 滚烫, 滾燙, 塑料丝, 差点吃,
              吃进去, 红灯, 边开车边, 开车玩手机, 开车看手机, 刷视频, 害怕, 摔下来, 缝了, 划开, 配电箱, 电线, 外皮破, 过敏原, 花生,
              unsafe, dangerous, danger, hazard, hazardous, choking hazard, small parts, injured, injury, injuries, hurt, bleeding,
              burn, burned, burnt, scalded, food poisoning, poisoned, poisoning, vomiting, diarrhea, diarrhoea, allergic reaction,
              foreign object, glass in, metal in, piece of plastic, bug in, cockroach, hair in my food, electric shock,
              electrocuted, exposed wire, exposed hot, live wire, sparking, sparks, caught fire, on fire, smoke, exploded,
              explosion, gas leak, smell of gas, brakes failed, drunk, drunk driving, drunk driver, swerving, speeding, ran a red
              light, reckless, near miss, nearly crashed, almost crashed, crash, choked, choking, slipped, tripped, fell down,
              fell over, collapsed, fire exit, fire extinguisher, emergency exit, recall, overheating, overheated, gets really
              hot, swollen battery, button batteries, toddler, frightening, allergy, allergic, nut allergy, peanut, smelled
              gas, gas smell, chipped my, chipped a tooth, broke a tooth, dentist,
              短视频, 低头, 一百多, 后怕, 专心开车, 放进嘴, 放進嘴, 零件, 拿错, 药物, 用药, 降压药, 降糖药, gash, reversed into, handrail, loose, going to fall, sparkler, fire brigade,
              燃气味, 在漏, 漏了, wires showing, exposed wires, brake, brakes, not be on the road, warning light,
              full speed, close calls, close call, footpath, hives, swelled, 防护网, 摔断, 蹦床, fire door, accident waiting to happen, emergency lighting]
            except: [危险品运输, 冒烟的美食, 玻璃杯, 玻璃门坏了]
          - name: suggestion-lead
            category: suggestion
            weight: 5
            # A message that states its proposal as such ("建议：…", "Suggestion: …").
            keywords: ['建议:', '建议,', '提议:', '建議:', '小建议:', 'suggestion:', 'proposal:', 'idea:', 'feature request:',
              建议物业, 建议商场, 建议医院, 建议地铁, 建议银行, 建议平台, 建议贵公司, 建议店家, 建议学校, 想建议, 建议一下, 提个建议, just a thought, 'a thought:']
          - name: suggestion
            category: suggestion
            weight: 3
            keywords: [建议, 提议, 希望能, 希望可以, 希望增加, 希望开通, 希望推出, 希望你们能, 希望也能, 希望你们也, 能不能增加, 能否增加, 能不能开通,
              能否开通, 能不能在, 能不能放, 能不能加, 能否在, 可不可以增加, 可以考虑, 是否可以, 如果能, 要是能, 就好了, 最好能, 增设, 增加一个,
              增加一些, 多投放, 多开, 多设, 延长, 改进, 优化, 提个意见, 小建议, 一点建议, 能支持, 上线类似, 类似功能, 新功能, 也能,
              建議, 希望能, 改進, 優化, 就好了,
              suggest, suggestion, recommend, recommendation, it would be nice, it would be great, would be nice, would be great,
              would be helpful, would love, i'd love, would like to see, please consider, consider adding, could you add, can you
              add, please add, it'd be nice, just an idea, idea, feature request, wish you would, i wish, wish the, hope you can,
              any chance of, adding, maybe make, maybe add, maybe you could, why not, how about, would benefit, should let
              us, would be lovely, it'd be great, could the, stock more, could you stock,
              能不能把, 缩短, 或者在, 标明, worth considering, set up a, propose, proposal, 希望你们也能, 希望贵公司能,
              希望平台能, 希望商家能, 希望以后能, 希望以后可以, 希望今后能, 也能每, 能增加, 可以增加, 能推出, 能开通, 能提供, 可以提供,
              不如, 能把, 设成, 默认勾选, 能不能出, 能不能做, 能不能推出, 多装, 加几,
              should add, add option, 求求, 出个]
            except: [意见很大, 有意见, 建议我, 希望尽快, 希望你们尽快, 希望能尽快, 希望能给, 希望能退, 希望可以退, 希望可以尽快, 希望能赔, 希望能解决,
              希望能处理, 希望能换, 希望可以换, 期待回复, 优化一下你们的态度, 延长了, 被延长, recommend you refund, strongly suggest you refund, i
              suggest you refund, i suggest you fix, i suggest you sort]
          - name: billing-money-back
            category: billing
            weight: 3
            keywords: [退款, 退钱, 没退, 未退, 退不了, 多收, 多扣, 乱扣, 重复扣, 扣了两次, 乱收费, 退费, 退押金, 押金, 退款, 多收,
              refund, refunded, overcharged, overcharge, double charged, charged twice, invoiced, money back, deposit]
          - name: billing-amount
            category: billing
            weight: 1
            # A sum of money ("80元", "£30"): a weak vote, since prices come up in every kind of complaint.
            keywords: [元, 块钱, 人民币, '£', '$', '€', '¥', rmb, usd, hkd, sgd, quid, bucks]
          - name: billing
            category: billing
            weight: 2
            keywords: [扣费, 扣款, 扣钱, 收费, 费用, 账单, 话费, 流量费, 月租, 套餐费, 年费, 会员费, 保证金, 发票, 价格, 价钱, 差价, 优惠券, 返现, 余额, 充值, 到账, 自动续费, 续费,
              扣除, 多付, 付款, 支付, 预付, 盗刷, 被刷, 境外消费, 消费记录, 结账, 多出一项, 缴费, 金额, 利息, 手续费, 违约金, 滞纳金, 服务费, 收了我, 被收了, 多算, 计费, 赔偿款, 钱没, 跑路, 加价, 扣費, 帳單, 收費, 費用, 年費, charged,
              charge, charging my, my card, billed, billing, bill, invoice, fee, hidden fee, surcharge, payment, paid, price,
              pricing, subscription, renewal, auto-renew, interest, penalty, credit card, debit, deducted, deduction,
              balance, cashback, voucher, coupon, reimburse, reimbursement, compensation, tariff, quote, quoted, receipt,
              statement,
              扣我, 业务费, 增值业务, 水费, 电费, 燃气费, 物业费, 暖气费, 翻倍, 涨到, 水表, 电表, 课时费, 学费, 退剩余, 扣了, rate, water bill, meter, bill says,
              加收, debited, reversal, 定金, 尾款]
            except: [收费站, free of charge, in charge, charger, charging cable, charging port, doesn't charge, does not charge, won't
              charge, not charging, battery charge, payment machine, direct debit is about]
          - name: facility
            category: facility
            weight: 3
            keywords: [设施, 设备, 电梯, 扶梯, 卫生间, 厕所, 洗手间, 停车场, 停车位, 车位, 道闸, 栏杆, 空调, 暖气, 热水, 淋浴, 水龙头, 马桶, 下水道,
              漏雨, 渗水, 照明, 路灯, 门禁, 门锁, 更衣柜, 储物柜, 座椅, 座位, 桌椅, 无线网, wifi, wi-fi, 网速, 信号差, 没信号, 取款机, ATM, 自助机,
              机器, 充电桩, 无障碍, 轮椅, 母婴室, 泳池, 健身房, 跑步机, 器材, 闸机, 缴费机, 人工窗口, 暂停服务, 候车室, 候机厅, 站台, 楼道, 隔音, 窗户, 窗戶,
              電梯, 廁所, 洗手間, 停車場, 空調, 設施, 設備, 房間, 隔音,
              facility, elevator, lift, escalator, toilet, restroom, bathroom, washroom, parking, car park, garage, parking lot,
              air conditioning, air con, aircon, heating, heater, hot water, shower, sauna, tap, drain, leak in the ceiling,
              lights, lighting, door lock, locker, seats, seating, chair, wi-fi, wifi, internet in the room, atm, cash machine,
              payment machine, ticket machine, vending machine, kiosk, laundry, room safe, charging station,
              wheelchair, accessible, accessibility, ramp, baby changing, pool, gym, treadmill, projector, lobby, waiting room,
              platform, corridor, stairwell, bed bugs, bedbugs, pest, rats, mice,
              投影仪, 教室, 报修,
              generator, is dark, skimmer, card slot, 叫号机, 排队机, ev charger, charging point]
            except: [空调扇坏了, 座位号, seat number, lift me, lift it,
              机器人]
          - name: facility-condition
            category: facility
            weight: 1
            keywords: [卫生, 脏, 太脏, 脏乱差, 蚊子, 房间, 客房, 大堂, 垃圾, 保洁, 小区, 装修, 噪音, 施工, 灯坏了, 堵了,
              dirty, filthy, disgusting, unclean, smelly, stinks, noise, construction, room, equipment, rubbish, garbage,
              cleaning, cleanliness, blocked,
              物业]
            except: [room for improvement, no room]
          - name: product_quality
            category: product_quality
            weight: 2
            keywords: [质量, 品质, 不能用, 用不了, 无法使用, 不工作, 死机, 黑屏, 开不了机, 没声音, 漏水, 掉色, 褪色, 开线, 开胶, 起球, 裂了, 裂开,
              断了, 瑕疵, 假货, 假的, 山寨, 仿冒, 正品, 过期, 变质, 发霉, 霉变, 馊了, 臭了, 不新鲜, 货不对板, 与描述不符, 和描述不一样, 和图片不一样,
              色差, 尺码不对, 尺码, 做工, 次品, 残次, 劣质, 缩水, 二手, 翻新, 噪音大, 耗电快, 发烫, 充不进电, 续航, 卡顿, 生锈, 质保, 保修, 返修,
              换货, 换一个, 换一台, 三包, 不合格, 口感差, 难吃, 分量少, 不熟, 不制冷, 不制热, 不保温, 不保溫, 涂层, 掉漆, 轮子, 脱落, 才用, 宣传的,
              与宣传不符, 跟宣传, 退一赔三, 胀包, 酸臭, 保质期, 变味, 模糊, 缺页, 重影, 印刷, 结块, 受潮, 怪味, 塑料味, 宣传图,
              斷了, 輪子, 拉杆, 拉桿, 卡住,
              質量, 假貨, 過期, 宣傳,
              defective, defect, faulty, stopped working, doesn't work, does not work, not working, won't turn on, dead on
              arrival, died after, malfunction, malfunctioning, cracked, torn, ripped, leaking, leaks, fake, counterfeit,
              knockoff, expired, spoiled, rotten, stale, sour, best-before, best before, use-by, mouldy, moldy, not as described,
              different from the picture, wrong size, poor quality, low quality, cheap quality, shoddy, flimsy, fell apart,
              falls apart, fell out, peeling, faded, warranty, replacement, refurbished, used item, second-hand, scratched,
              scratches, dented, undercooked, raw, cold food, tasteless, tastes bad, smells bad, battery, screen, overheats,
              noisy, rusty, quality, waterproof, working charger, doesn't charge, does not charge, failed, failure,
              technician, syncing, strap, clasp, knock-off, stopped charging, casing, poor for the price, display, green line,
              dead pixel, handset, physical damage,
              仿的, 鞋标, 胶水味, 夹生, 肥膘, 不值, rusting, rust, misleading, mislabelled, not certified, listed as, doesn't fit, does not fit, flaking, coating, snapped, reheated, icy in the middle, frozen, motor, gives up,
              不符, 严重不符, 详情页, 号称, 以实物为准, 碎毛, 误差, 不准, 测不准, 发黄, 铁锈味, 滤芯, tasted like, doughy, soggy, cardboard, different shade, doesn't match, does not match,
              掉毛, 刷头, 发酸, 隔夜, 酸味, 翻新机, 磨损, 未拆封, 塌, 塌陷, 坐垫, 不转了, sagged, sagging]
            except: [质量好, 质量不错, 积分过期, 积分什么时候过期, 优惠券过期, 会员过期, 会员到期]
          - name: product-strong
            category: product_quality
            weight: 3
            keywords: [过期, 变质, 发霉, 霉变, 假货, 仿冒, 质量问题, 質量問題, 過期, 假貨, expired, counterfeit, fake, mouldy, moldy, rotten,
              defective]
            except: [积分过期, 积分什么时候过期, 优惠券过期, 会员过期, 会员到期, 卡过期, 证件过期, 护照过期, card expired, expired card, passport expired]
          - name: product_breakage
            category: product_quality
            weight: 1
            keywords: [坏了, 损坏, 破损, 故障, 失灵, 维修, 掉了, 壞了, 損壞, 故障, broken, broke, repair, stopped]
            except: [维修工, 维修师傅, 摔坏]
          - name: logistics
            category: logistics
            weight: 2
            keywords: [快递, 物流, 配送, 送货, 发货, 到货, 收货, 派送, 派件, 签收, 代签, 冒领, 丢件, 丢失, 包裹, 运单, 单号, 快递员, 骑手, 外卖员,
              外卖小哥, 送餐, 送达, 送到, 才到, 没送到, 未送达, 送错, 地址, 延误, 延迟, 迟到, 超时, 几天了还没, 还没到, 还没收到, 没收到, 物流信息,
              不更新, 中转, 驿站, 快递柜, 丰巢, 顺丰, 中通, 圆通, 韵达, 申通, 京东物流, 邮政, 运费, 退货物流, 上门取件, 揽收, 压坏, 摔坏, 搬家, 搬家公司,
              行李丢, 托运, 運送, 快遞, 物流, 送貨, 延誤, 送到, 才到,
              delivery, delivered, deliver, not delivered, never arrived, hasn't arrived, has not arrived, didn't arrive, did
              not arrive, still waiting, parcel, package, shipment, shipping, shipped, courier, tracking, tracking number,
              dispatch, dispatched, late, delayed, delay, lost, missing, wrong address, left at, doorstep, porch, signed for,
              driver left, tossed, thrown over, threw my, over the fence, collection, pickup, pick-up, pick up, in transit,
              warehouse, damaged in transit, crushed box, box was crushed, ups, fedex, dhl, usps, royal mail, evri, hermes, dpd,
              amazon logistics, rider, removal company, movers, luggage, baggage, suitcase, carousel,
              压扁, 碎了, 碎成, 寄给, 寄的, 外箱, 冷链, 运输, 晚到, arrived, squashed,
              次日达, 当日达, 没发货, 还没发, came off the]
            except: [快递柜很好, 航班延误, 航班延迟, 航班连续延误, 飞机延误, 航班取消, 延误险, late fee, late payment, late checkout, delayed
              flight, flight delay, flight was delayed, flight delayed, flight has been delayed, lost my patience]
          - name: service_attitude
            category: service_attitude
            weight: 3
            keywords: [态度, 服务态度, 态度差, 态度恶劣, 态度极差, 骂人, 骂我, 辱骂, 吼, 大吼, 凶, 不耐烦, 爱理不理, 不理人, 不理睬, 敷衍, 推诿, 踢皮球,
              推卸, 冷漠, 挂电话, 挂断, 挂我电话, 甩脸色, 白眼, 嘲笑, 讽刺, 阴阳怪气, 嘲讽, 没礼貌, 不礼貌, 傲慢, 刁难, 威胁我, 恐吓, 歧视, 翻白眼, 推了我,
              推我, 不道歉, 道歉, 不管不顾, 没人理, 不作为,
              服務態度, 態度, 罵人, 不耐煩, 敷衍,
              rude, rudely, rudeness, impolite, disrespectful, unprofessional, attitude, arrogant, condescending, dismissive,
              ignored, ignoring, ignore me, yelled, shouted, screamed, swore at, insulted, insulting, mocked, laughed at, hung up,
              hanging up, hang up, unhelpful, unfriendly, impatient, hurry up, sarcastic, patronising, patronizing,
              discriminated, discrimination, harassed, harassment, threatened me, no apology, refused to help, couldn't care
              less, apologise, apologize, on hold, sighed, line went dead, cut me off, people like you, can't be bothered,
              couldn't be bothered, laughed, 嗓门, 大声, 道个歉,
              添乱, 甩, unpolite, apology, told her to, told him to,
              爱答不理, 两副面孔, 说话难听, 太难听, 难听, stop whining, trainer, throw us out, kicked us out, threatened to throw,
              态度太差, 怼, 有本事你投诉, scolded, vulgarities, zero respect, one-word answers, closes the ticket, accused me, grump]
            except: [客服电话, 客服热线, customer service number, staff room]
          - name: service_abuse
            category: service_attitude
            weight: 5
            keywords: [骂人, 骂我, 辱骂, 推了我, 推我, 动手, 打人, 嘲讽, 羞辱, 罵人, 辱罵, swore at, insulted, insulting, yelled at me, shouted at me, scolded me,
              shouted abuse, called us names, called me names, 就骂, 开口就骂, 张口就骂, 破口大骂,
              screamed at me, pushed me, shoved me, assaulted, abusive, humiliated,
              大呼小叫, 呵斥, 训斥, 冷嘲热讽, 骂骂咧咧, 事儿真多, 往地上一扔, called me stupid, called me a, called me an, laughing at me, laughing at,
              爱要不要, 爱吃不吃, 扭头就走]
          - name: service_people
            category: service_attitude
            weight: 1
            keywords: [客服, 服务员, 店员, 工作人员, 前台, 司机, 师傅, 经理, 店长, 保安, 销售, 柜员, 导购, 客服,
              staff, employee, agent, representative, customer service, manager, cashier, waiter, waitress, receptionist, guard,
              call centre, call center, the lady, the guy at, the man at, the woman at, customer care, executive, teller, tutor,
              teacher]
          - name: other
            category: other
            weight: 3
            keywords: [航班, 机票, 值机, 登机, 改签, 退票, 账号, 账户, 登录, 登不上, 密码, 验证码, 封号, 冻结, 注销, 闪退, 积分, 证明,
              account, login, log in, password, locked out, verification code, app keeps, crashes, crashed, flight, boarding,
              rebooked, rebooking, loyalty points, name change, policy on, logs me out, logged out, sign in, tick box, wiped,
              coursework, certificate, contract ends, only asking,
              公众号, 绑定, 户号, 无法绑定, booking, reservation,
              条款, 单方面, 修改条款]
          - name: other-weak
            category: other
            weight: 1
            keywords: [app, 系统, 网站, 页面, 打不开, 报错, 取消, 会员, 规定, 政策, 咨询, 请问, 怎么办, 预约, 排队, 营业时间, 去哪里, 怎么开,
              website, site, page, error message, cancelled, canceled, membership, policy, terms, question, inquiry, enquiry, how
              do i, appointment, queue, opening hours, is my, can you tell me,
              提示, 官网, 入口, 找不到]
        fallback_category: other

        # Urgent triggers: the customer threatens or announces exposure, legal action, a regulator or the police, or
        # someone has been hurt. A trigger does not count when a negation comes before it in the same clause ("我不想曝光",
        # "not going to call a lawyer"), when it is in quotation marks, or when it follows a reported-speech cue in the same
        # sentence ("新闻里说你们被起诉了"); a reset (the customer speaking for themselves again, a contrast) ends both.
        urgent:
          - name: media
            reason: media
            keywords: [曝光, 媒体, 记者, 报社, 电视台, 新闻热线, 上新闻, 上电视, 找电视台, 发微博, 微博上曝光, 上微博, 发到微博, 发抖音, 发到抖音,
              抖音上, 发小红书, 小红书上, 发朋友圈, 发到网上, 发网上, 网上曝光, 上热搜, 热搜, 让大家都知道, 让所有人都知道, 让更多人知道, 公之于众,
              黑猫投诉, 发帖, 发到群里, 舆论, 揭露, 直播曝光,
              曝光, 媒體, 記者, 電視台, 發微博, 上新聞, 發到網上, 臉書, 爆料,
              the press, the media, media outlets, journalist, journalists, reporter, reporters, newspaper, newspapers, news
              station, tv station, television station, call the local news, tell the local news, going to the local news, to the local news, going to the press, go to the news, contact the news, go public, going public,
              expose you, expose this, exposing you, post this on, post it on, posting this on, posting it on, post about this,
              posting about this, tweet about, tweeting about, post this online, post it online, put this online, put it online,
              viral, go viral, photos are on, on x now, tagged the, consumer programme, watchdog, the bbc, social media, twitter, tiktok, facebook, instagram, reddit, youtube, trustpilot, one-star review,
              1-star review, review everywhere, reviews everywhere, tell everyone, warn everyone, let everyone know,
              视频里, 做视频, 发视频, 博主, 写进, 晚报, 日报, 报纸, 晨报, 都市报, the herald, herald, gazette, tribune, chronicle, tripadvisor, go up tonight, goes up tonight, going up tonight, goes up on, followers, thread goes up,
              晒到, 晒出来, 晒到网上, 晒到微博, review thread, so nobody else falls, warn others, so others know, public thread, go up in a,
              爆料热线, 本地新闻, 发给本地新闻, 记者来采访, 采访, sent it to the local, going to the local]
            except: [媒体播放器, 多媒体, 流媒体, 媒体中心, 新媒体, 在报社工作, 在报社上班, 在电视台工作, 在电视台上班, 媒体室, media room, social
              media marketing, run social media, social media for, court reporter, 自媒体运营, 媒体部, 社交媒体账号, 记者证, 热搜榜单, 发帖子问, social media manager,
              social media team, social media account, media player, media center, media centre, facebook login, facebook
              account, instagram account, tiktok account, twitter account, youtube premium, youtube video won't, press the
              button, pressed the button, press release,
              被曝光, 被记者曝光, 被媒体曝光, 曝光过, 曝光过度, 曝光不足, 曝光补偿, 曝光时间, 媒体报道, 新闻报道,
              看到小红书上, 在小红书上看到, 小红书上有人说, great press]
          - name: legal
            reason: legal
            keywords: [起诉, 诉讼, 告你们, 告到法院, 上法院, 法院见, 打官司, 律师函, 找律师, 请律师, 请了律师, 官司, 联系律师, 咨询律师, 委托律师, 我的律师, 律师会,
              律师已经, 法律途径, 法律手段, 追究法律责任, 追究责任, 仲裁, 劳动仲裁, 立案, 维权到底, 法律程序, 小额诉讼,
              起訴, 律師, 律師信, 上法院, 打官司, 法律途徑, 追究法律責任, 仲裁,
              sue, sue you, suing, lawsuit, law suit, legal action, take legal, court, see you in court, small claims, my lawyer,
              my lawyers, a lawyer, an attorney, my attorney, my solicitor, a solicitor, solicitors, legal proceedings, class
              action, litigation, legal advice, legal notice, my advocate, an advocate, arbitration, file a claim, filing a claim, letter before action, cease and
              desist,
              律师, 交给律师, 法庭, 法庭上见, the judge, a judge, judge thinks, tribunal, filing in the small claims, small claims court,
              ncat, vcat, qcat, taking them to, application lodged, 请了律师]
            except_patterns: ['法院(家属院|对面|旁边|附近|正?后面|楼下|路|街|站)', 'court (road|rd|lane|street|st|avenue|ave|drive|close|way)',
              '(tennis|basketball|netball|badminton|squash|volleyball|food) courts?']
            except: [法院路, 法院街, 法院站, 法院附近, 法院旁, 法院对面, food court, court shoes, tennis court, basketball court, court
              street, court road, i am a lawyer, i'm a lawyer, as a lawyer, lawyer by training, a lawyer friend, the lawyer in,
              our lawyer ordered, law firm ordered, legal team, court reporter, 法律系, 法律专业, 律师事务所的快递, 律师楼下,
              在法院工作, 在法院上班,
              律师事务所, 律所, 律师楼, 律师行, 被起诉, 被告上,
              name is sue, i'm sue, sue here, court hearing, jury duty, as a witness,
              做律师的, 律师的我, for sue, asked for sue, on the court, courtside, magistrates court on]
          - name: regulator
            reason: regulator
            keywords: ["12315", "12345", "12300", "12305", "12326", "12331", "12358", "12365", "12366", "12378", "12360", 消协, 消费者协会, 消保委, 市场监管,
              市场监督管理局, 监管部门, 监管局, 工商局, 工商部门, 工商, 银保监, 金融监管, 银监会, 保监会, 证监会, 人民银行, 民航局, 交通局, 运管,
              工信部, 通信管理局, 邮政管理局, 邮政局申诉, 物价局, 发改委, 质监局, 卫健委, 卫生局, 食药监, 药监局, 住建局, 房管局, 城管, 政府热线,
              市长热线, 信访, 上访, 投诉到上级, 主管部门, 有关部门, 相关部门, 文旅局, 旅游局, 教育局, 税务局,
              消委會, 消費者委員會, 市場監管, 消保官, 金管會, 公平會, 消基會,
              bbb, better business bureau, ftc, federal trade commission, cfpb, consumer financial protection, fcc, ofcom,
              ofgem, ofwat, fca, financial conduct authority, ombudsman, financial ombudsman, trading standards, attorney
              general, consumer protection, consumer affairs, consumer council, consumer association, regulator, regulators,
              regulatory, consumer court, consumer commission, consumer forum, filed a complaint with, lodged a complaint
              with, lodged a case, complaint with the, sfa, food agency, food safety authority, environmental health, health department, health inspector, department of transportation, dot complaint, faa, caa, civil aviation, asa, advertising standards,
              accc, cma, state commission, public utilities commission, puc, data protection, ico, gdpr complaint, case
              commission, the authorities, local council, councillor, congressman, my mp, member of parliament,
              filing with the]
            except: [工商银行, 工商局路, 工商大学, 工商管理, 有关部门的通知, 相关部门的领导, 城管局旁边, ombudsman website, authority to leave,
              authorised, authorized, authority letter]
          - name: police
            reason: police
            keywords: [报警, 报案, 打110, 拨110, 拨打110, 打了110, 警察, 派出所, 公安, 民警, 交警, 立案侦查, 刑事, 诈骗, 報警, 警察, 派出所,
              call the police, called the police, calling the police, contact the police, contacted the police, report you to
              the police, report this to the police, reported it to the police, reported this to the police, go to the police,
              went to the police, involve the police, get the police involved, police are involved, police were called, the
              police came, police came, officers came, rang the police, phoned the police, police have been, the police have,
              informed the police, told the police, police officers, filed a police report, file a police report, made a police
              report, police report number, the cops, call 911, called 911, calling 911, rang 911, phoned 911, dial 999, called
              999, call 999, rang 999, phoned 999, fraud report, criminal complaint, crime reference,
              filing a police report, filing a report with the police]
            except_patterns: ['(公安局|派出所|警察局)(家属院|对面|旁边|附近|正?后面|楼下|路|街|站)',
              '派出所(隔壁|边上)']
            except: [警察叔叔玩具, 玩具警车, 警察制服, 派出所对面, 派出所旁边, 派出所附近, 派出所楼下, 在派出所工作, police brand, police uniform, police costume, police scanner, police car toy, police station road, cops
              and robbers, police academy, 911 turbo, crime novel, crime book, true crime,
              报警器, 报警灯, 报警声, 火灾报警, 报警系统, 报警按钮,
              便民警务, 从派出所, 在派出所上班, 派出所值班, 值完班,
              警察同志, 执勤的警察, 派出所隔壁]
          - name: safety
            reason: safety
            keywords: [受伤, 受了伤, 烫伤, 烧伤, 骨折, 流血, 出血, 缝针, 住院, 急诊, 送医, 送到医院, 去了医院, 进了医院, 医院检查, 打120, 打了120, 120急救,
              救护车, 划破, 食物中毒, 中毒, 上吐下泻, 抢救, 昏迷, 晕倒, 窒息, 噎住, 卡住喉咙, 触电, 电到, 起火, 着火, 失火, 火灾, 爆炸, 炸了, 烧起来,
              砸伤, 摔伤, 划伤, 割伤, 咬伤, 过敏反应, 休克, 差点撞死, 差点出车祸, 出了车祸, 车祸, 撞倒, 撞伤, 烫到, 命悬一线,
              受傷, 燙傷, 住院, 食物中毒, 觸電, 起火, 爆炸, 救護車, 急診,
              injured, injury, injuries, hurt, wounded, bleeding, stitches, fractured, broke my, broken arm, broken leg, burned
              my, burnt my, burns on, scalded, hospital, hospitalised, hospitalized, a&e, er visit, emergency room, urgent care,
              ambulance, food poisoning, poisoned, allergic reaction, anaphylaxis, epipen, passed out, fainted, unconscious,
              choked, choking, burned her, burned his, burnt her, burnt his, got burned, a burn, nasty burn, needed
              treatment, medical treatment, electric shock, electrocuted, got shocked, caught fire, on fire, burst into flames, exploded,
              explosion, crashed into, hit by, knocked down, could have been killed, nearly killed, almost killed, nearly died,
              almost died,
              打了119, 打119, 拨打119, 被电, 电了一下, 头晕恶心, reversed into, gash, fire brigade, getting everyone out,
              还在医院, 仍在医院, 正在医院, 在医院抢救, 在医院治疗, 在医院输液, 输液, 住进医院, 送进医院,
              gas cylinder, smelling gas, leaking right now, got dizzy, threw up, fire department, evacuate, 困在, 被困, 出不来, 赶紧来人, 立刻派人, send somebody immediately, 滑倒了, 摔倒了, 摔了一跤, 起不来, hives, throat swelled]
            except: [hurt my feelings, 伤心, 受伤的心, hospital parking, hospital billing, hospital bill, hospital car park, 医院停车场,
              医院缴费, 医院账单, fire tv, fire stick, fire tablet, fired, on fire sale, 火爆, 炸鸡, 爆炸头, 油炸, 火锅, firewall,
              要着火, 都要着火, 嘴巴着火,
              choking hazard, 真的中毒, 彻底中毒, 辣到爆炸, 到爆炸, spicy it almost killed, almost killed me haha, 笑容电到, 被帅]

        cues:
          # Characters a negation reaches forward.
          negation_reach: 32
          negations: [不会, 不想, 不打算, 没打算, 没有打算, 并不打算, 不准备, 没准备, 不是要, 并不想, 不至于, 不用, 不需要, 不必, 无需, 没必要, 不愿,
            不愿意, 不希望, 暂时不, 暂不, 也不会, 绝不会, 没想过, 没想, 不要去, 不去, 没去, 没有去, 别担心, 没人, 没有人, 没有, 并没有, 并未, 未, 幸好没,
            幸亏没, 好在没, 还好没, 不是想, 不想去, 万一, 一旦, 要真, 真要, 以免, 免得, 迟早, 早晚会, 很容易, 容易, 可能会, 如果, 我是, 作为, 不會, 不想, 不打算, 沒有, 沒打算, 不用, 不需要,
            not, not going to, not gonna, never, no need to, no need for, don't want to, do not want to, don't intend to, do not
            intend to, no intention, no wish to, won't, will not, wouldn't, would not, didn't, did not, don't, do not, not planning,
            not trying to, not threatening, no one, nobody, no-one, luckily no, thankfully no, fortunately no, without, rather not,
            not about to, no plans to, have no plans, haven't, have not, hasn't, has not, wasn't, was not, isn't, nor, not after,
            not looking to, rather than, instead of, before someone, before anyone, someone could, could, might, in case, if, as
            a, as an, i'm a, i am a, i'm an, i am an, i work at, i work for, i work in, i run,
            懒得, 不屑, 犯不着, 不值得, thought about, i considered, was tempted to, almost, before somebody, somebody could, someone is going to, somebody is going to,
            不是, 本身就是]
          reported: [新闻, 报道, 听说, 据说, 看到有人, 网上说, 网上看到, 朋友说, 邻居说, 同事说, 别人说, 有人说, 看到一篇, 文章, 标题, 电视上, 新闻里,
            热搜上看到, 看到热搜, 听朋友, 听同事, 我姐说, 我妈说, 朋友告诉我, 听我朋友, 听我同事, 以前有, 之前有人, 去年有, 新聞, 報導, 聽說, 據說,
            news, headline, headlines, article, an article, reported that, i read, i heard, i saw on, saw on the news, heard that,
            said that, says that, said she, said he, says she, says he, told me that, told me she, told me he, my friend said,
            my friend says, my friend told me, a friend told me, my neighbour said, my neighbor said, my colleague said, my
            sister says, my sister said, my cousin told me, told me, my brother said, my mum said, my mom said, my wife said, my husband said, i read on,
            read on a, tv report, a report, saying, forum, according to, apparently, rumour, rumor, there was a story, last year, years ago, in the past, once had,
            她说, 他说, 阿姨说, 们说, 转发说, 看到媒体, 看到报道, 看到新闻, saw a, people said, reckons, a friend who, friend who works, said someone, someone had, someone else, had already threatened, read in the paper, in the paper,
            病人说, 客人说, 其他人说, 旁人说, 路人说, said they'd, said they would, someone on,
            说要, 气得说, 扬言, 姐说, 哥说, 说她家, 说他家, 听前台, 前台说, 有客人, 已经有人, read on, saw on]
          resets: [我就, 我要, 我会, 我将, 我一定, 我报, 我打了, 我发了, 我找了, 我去了, 我们就, 我们要, 我们会, 我也要, 我也会, 我已经, 我已, 我们已经, 我马上, 马上, 立刻, 但是, 但, 可是,
            不过, 否则, 不然, 要不然, 要是, 再不, 只能, 只好, 就去, 就要, 就会, 就起诉, 就报警, 就曝光, 就投诉, 就找, 我就會, 我要, 我會, 否則, 但是,
            i will, i'll, we will, we'll, i am going to, i'm going to, im going to, we are going to, we're going to, i'm speaking to, i am speaking to, i'm talking to, i'm contacting, i am contacting, i'm
            calling, i'm reporting, i have
            already, i've already, i already, we have already, we've already, i shall, i must, i'm now, i am now, then i, but,
            however, otherwise, or else, unless, if, until, so i, so we, so now, now i, i filed, i've filed, i have filed, i lodged, i've lodged, i have lodged, i made, i've made, i posted, i've
            posted, i have posted, i wrote to, i've written, i have written, i rang, i phoned, i contacted, i have contacted, i've contacted, i have
            reported, i've reported, i reported, i called, i have called, i've called,
            已经,
            hesitate, make me, force me, forcing me, or i will, or i'll, or else i, 逼我, 别逼我, 否则我, 不然我,
            i'm filing, i am filing, i'll be filing, 我直接,
            我说]

        # Severity: 1 is the most severe. A severity set by the door wins. Raises never go above `most_severe`.
        severity:
          urgent: 1
          categories:
            safety: 2
            billing: 3
            product_quality: 3
            logistics: 3
            service_attitude: 3
            facility: 3
            suggestion: 4
            other: 4
          fallback: 3
          # A complaint with at least `after` earlier linked complaints of the same customer within the linking window.
          repeat: { after: 2, raise_by: 1, most_severe: 2 }
          # Customers whose complaints are raised, by contact key (phone:+86…, email:…, customer:…). Personal data: keep
          # the list in a file readable only by the gateway and name it with `contacts_file`.
          vip: { contacts: [], raise_by: 1, most_severe: 2 }

        # Deadlines per level from the moment intake received the complaint. `business_hours: true` on a level counts only
        # the opening hours of `calendar` (holidays skipped, make-up working days counted).
        sla:
          levels:
            1: { respond: 2h, resolve: 24h }
            2: { respond: 4h, resolve: 48h }
            3: { respond: 8h, resolve: 72h }
            4: { respond: 24h }
          calendar:
            time_zone: Asia/Shanghai
            days: [mon, tue, wed, thu, fri]
            open: "09:00"
            close: "18:00"
            holidays: []
            workdays: []

        # One customer across channels: complaints sharing an identifier (E.164 phone, e-mail, platform handle, customer
        # id) within `window` are linked into one thread. `ignore` lists identifiers never linked on (a switchboard number,
        # a shared no-reply address), by contact key.
        linking:
          window: 30d
          max_earlier: 20
          ignore: []
        """#
}
